export { ImportsRoute } from './routes/imports';
export { ExportsRoute } from './routes/exports';
export { canExport } from './exports';
