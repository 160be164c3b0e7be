export { AuditEventsRoute } from './routes/audit-events';
