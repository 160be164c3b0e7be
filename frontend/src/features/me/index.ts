export { MeRoute } from './routes/me';
