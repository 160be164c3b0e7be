import './i18n';

export { MonitoringDashboardRoute } from './routes/dashboard';
export { MonitoringPeriodRoute } from './routes/period';
export { MonitoringSubmissionRoute } from './routes/submission';
export { canSeeMonitoring } from './access';
