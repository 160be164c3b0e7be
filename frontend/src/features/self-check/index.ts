export { SelfCheckRoute } from './routes/self-check';
