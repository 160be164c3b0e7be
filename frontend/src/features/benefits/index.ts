export { BenefitsListRoute } from './routes/benefits-list';
export { BenefitProgramRoute } from './routes/benefit-program';
export { TrainingRoute } from './routes/training';
export { householdBenefitsTab } from './household-tab';
