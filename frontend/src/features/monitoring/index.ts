import { registerMonitoringTexts } from './i18n';

registerMonitoringTexts();

export { MonitoringDashboardRoute } from './routes/dashboard';
export { MonitoringPeriodRoute } from './routes/period';
export { MonitoringSubmissionRoute } from './routes/submission';
export { canSeeMonitoring } from './access';
