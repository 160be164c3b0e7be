export { AreasRoute } from './routes/areas';
