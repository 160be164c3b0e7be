import type { Problem } from '@/lib/api/types';

const STATUS_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'STALE_VERSION',
  413: 'PAYLOAD_TOO_LARGE',
  428: 'IF_MATCH_REQUIRED',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
  503: 'SERVICE_BUSY',
};

/** An RFC 9457 problem answered by the API (or made up for a failure that never reached it). */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly status: number;
  readonly code: string;
  /** Seconds the server asked the client to wait (Retry-After), when it said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, status: number, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ProblemError';
    this.problem = problem;
    this.status = status;
    this.code = problem.code ?? STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * A Retry-After header in seconds: delta-seconds or an HTTP date; undefined when absent or
 * unreadable (a cross-origin answer shows it only if the server exposes the header).
 */
export function retryAfterSeconds(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export const NETWORK_ERROR = 'NETWORK_ERROR';

export function isProblemObject(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns whatever a failed call produced into a ProblemError. */
export function toProblemError(error: unknown, response?: Response): ProblemError {
  if (error instanceof ProblemError) return error;
  if (!response) {
    return new ProblemError(
      { code: NETWORK_ERROR, title: error instanceof Error ? error.message : String(error) },
      0,
    );
  }
  const problem: Problem = isProblemObject(error) ? { ...error } : { title: response.statusText };
  return new ProblemError(
    { status: response.status, ...problem },
    response.status,
    retryAfterSeconds(response.headers.get('Retry-After')),
  );
}

export function problemCode(error: unknown): string | undefined {
  return error instanceof ProblemError ? error.code : undefined;
}

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ProblemError && (error.code === 'STALE_VERSION' || error.status === 412);
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof ProblemError && (error.code === 'RATE_LIMITED' || error.status === 429);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}

/**
 * A JSON pointer ("/members/0/citizenId") as a form path ("members.0.citizenId").
 * Escapes per RFC 6901 are decoded; a leading "#" (URI fragment form) is tolerated.
 */
export function pointerToPath(pointer: string | undefined | null): string {
  if (!pointer) return '';
  const raw = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  return raw
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
