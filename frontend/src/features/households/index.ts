export { HouseholdsListRoute } from './routes/households-list';
export { HouseholdDetailRoute } from './routes/household-detail';
export { HouseholdRegisterRoute } from './routes/household-register';
export { HouseholdEditRoute } from './routes/household-edit';
export type { HouseholdTab } from './routes/household-detail';
