export { BenefitsListRoute } from './routes/benefits-list';
export { TrainingRoute } from './routes/training';
export { householdBenefitsTab } from './household-tab';
