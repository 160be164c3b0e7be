import type { EntitlementState, ReconciliationFinding } from '@/lib/api/types';

/** The program page's filters as they live in the URL (shareable, kept on reload). */
export interface ProgramSearch {
  communeCode?: string;
  finding?: ReconciliationFinding;
  page: number;
  size: number;
  state?: EntitlementState;
  listPage: number;
  listSize: number;
}

const FINDINGS: readonly string[] = ['UNFULFILLED', 'NO_LONGER_ENTITLED'];
const STATES: readonly string[] = ['ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED', 'EXPIRED', 'REVOKED'];
const SIZES = [10, 20, 50, 100];

function int(value: string | null, fallback: number, allowed?: number[]): number {
  const n = value === null ? Number.NaN : Number(value);
  if (!Number.isInteger(n) || n < 0) return fallback;
  if (allowed && !allowed.includes(n)) return fallback;
  return n;
}

/** Reads the filters; unknown or malformed values fall back to the defaults instead of reaching the API. */
export function readProgramSearch(params: URLSearchParams): ProgramSearch {
  const commune = params.get('commune') ?? '';
  const finding = params.get('finding') ?? '';
  const state = params.get('state') ?? '';
  return {
    communeCode: /^\d{5}$/.test(commune) ? commune : undefined,
    finding: FINDINGS.includes(finding) ? (finding as ReconciliationFinding) : undefined,
    page: int(params.get('page'), 0),
    size: int(params.get('size'), 20, SIZES),
    state: STATES.includes(state) ? (state as EntitlementState) : undefined,
    listPage: int(params.get('listPage'), 0),
    listSize: int(params.get('listSize'), 20, SIZES),
  };
}

/** Writes the filters back, leaving defaults out of the URL. */
export function writeProgramSearch(search: ProgramSearch): URLSearchParams {
  const out = new URLSearchParams();
  if (search.communeCode) out.set('commune', search.communeCode);
  if (search.finding) out.set('finding', search.finding);
  if (search.page) out.set('page', String(search.page));
  if (search.size && search.size !== 20) out.set('size', String(search.size));
  if (search.state) out.set('state', search.state);
  if (search.listPage) out.set('listPage', String(search.listPage));
  if (search.listSize && search.listSize !== 20) out.set('listSize', String(search.listSize));
  return out;
}

export type ProgramSearchChange = { [K in keyof ProgramSearch]?: ProgramSearch[K] | null };

/** The filters after a change; null clears a filter. */
export function applySearchChange(search: ProgramSearch, change: ProgramSearchChange): ProgramSearch {
  const next: Record<string, unknown> = { ...search };
  for (const [key, value] of Object.entries(change)) next[key] = value === null ? undefined : value;
  return next as unknown as ProgramSearch;
}
