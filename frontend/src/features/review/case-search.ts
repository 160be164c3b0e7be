import type { paths } from '@/lib/api/schema';
import type { CaseState } from '@/lib/api/types';
import { CASE_STATES } from './stages';

export type ReviewCaseQuery = NonNullable<paths['/api/v1/review-cycles/{cycleId}/cases']['get']['parameters']['query']>;

export const CASE_PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_CASE_PAGE_SIZE = 20;

/** The commune page's case filters; they live in the URL so reload and back keep them. */
export interface CaseSearch {
  hamletCode?: string;
  state?: CaseState;
  page: number;
  size: number;
}

function nonNegativeInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}

export function parseCaseSearch(params: URLSearchParams): CaseSearch {
  const state = params.get('state');
  const size = nonNegativeInt(params.get('size'), DEFAULT_CASE_PAGE_SIZE);
  return {
    hamletCode: params.get('hamlet') || undefined,
    state: CASE_STATES.includes(state as CaseState) ? (state as CaseState) : undefined,
    page: Math.max(0, nonNegativeInt(params.get('page'), 1) - 1),
    size: (CASE_PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_CASE_PAGE_SIZE,
  };
}

/** The URL form: defaults left out, pages counted from 1 for people. */
export function caseSearchParams(search: CaseSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.hamletCode) params.set('hamlet', search.hamletCode);
  if (search.state) params.set('state', search.state);
  if (search.page > 0) params.set('page', String(search.page + 1));
  if (search.size !== DEFAULT_CASE_PAGE_SIZE) params.set('size', String(search.size));
  return params;
}

export function caseApiQuery(search: CaseSearch, communeCode: string): ReviewCaseQuery {
  const query: ReviewCaseQuery = { communeCode, page: search.page, size: search.size };
  if (search.hamletCode) query.hamletCode = search.hamletCode;
  if (search.state) query.state = search.state;
  return query;
}

/** A change of filter starts again at the first page. */
export function withCaseFilter(search: CaseSearch, change: Partial<CaseSearch>): CaseSearch {
  const next = { ...search, ...change };
  if (!('page' in change)) next.page = 0;
  return next;
}
