export { ImportsRoute } from './routes/imports';
