import { createOpenApiHttp } from 'openapi-msw';
import { setupServer } from 'msw/node';
import { config } from '@/config';
import type { paths } from '@/lib/api/schema';

/** MSW handlers typed from the contract: paths, params and bodies are checked by the compiler. */
export const http = createOpenApiHttp<paths>({ baseUrl: config.apiBaseUrl });

export const server = setupServer();
