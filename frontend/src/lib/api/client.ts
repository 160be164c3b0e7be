import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '@/config';
import { toProblemError } from '@/lib/problem';
import type { paths } from './schema';

type TokenProvider = () => Promise<string | undefined> | string | undefined;
type LanguageProvider = () => string;

let tokenProvider: TokenProvider = () => undefined;
let languageProvider: LanguageProvider = () => 'vi';

/** The auth layer tells the client how to get the current access token. */
export function setTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

export function setLanguageProvider(provider: LanguageProvider): void {
  languageProvider = provider;
}

const authAndLanguage: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', languageProvider());
    return request;
  },
};

export const api = createClient<paths>({
  baseUrl: config.apiBaseUrl,
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authAndLanguage);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call; answers the data or throws a ProblemError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw toProblemError(cause);
  }
  if (result.error !== undefined || !result.response.ok) {
    throw toProblemError(result.error, result.response);
  }
  return result.data as T;
}

/**
 * Like unwrap, for answers whose always-sent properties the contract leaves optional: the
 * caller names the narrowed type (see types.ts).
 */
export async function unwrapAs<T>(call: Promise<FetchResult<unknown>>): Promise<T> {
  return (await unwrap(call)) as T;
}

/** The If-Match value for an entity version (the API's ETag is the quoted version). */
export function ifMatch(version: number | string): string {
  return `"${version}"`;
}
