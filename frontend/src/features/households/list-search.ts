import type { paths } from '@/lib/api/schema';

export type HouseholdListQuery = NonNullable<paths['/api/v1/households']['get']['parameters']['query']>;
export type HouseholdSort = NonNullable<HouseholdListQuery['sort']>;
export type ArchivedFilter = 'active' | 'archived' | 'all';

export const SORTS: readonly HouseholdSort[] = ['CODE', 'HEAD_NAME', 'UPDATED_AT_DESC'];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_SIZE = 20;
export const DEFAULT_SORT: HouseholdSort = 'CODE';

/** What the household list shows; it lives in the URL query string so reload and back keep it. */
export interface HouseholdListSearch {
  q: string;
  communeCode?: string;
  hamletCode?: string;
  status: ArchivedFilter;
  sort: HouseholdSort;
  page: number;
  size: number;
}

export const DEFAULT_SEARCH: HouseholdListSearch = {
  q: '',
  status: 'active',
  sort: DEFAULT_SORT,
  page: 0,
  size: DEFAULT_SIZE,
};

function nonNegativeInt(value: string | null, fallback: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Number(value);
}

export function parseListSearch(params: URLSearchParams): HouseholdListSearch {
  const status = params.get('status');
  const sort = params.get('sort');
  const size = nonNegativeInt(params.get('size'), DEFAULT_SIZE);
  return {
    q: params.get('q') ?? '',
    communeCode: params.get('commune') || undefined,
    hamletCode: params.get('hamlet') || undefined,
    status: status === 'archived' || status === 'all' ? status : 'active',
    sort: SORTS.includes(sort as HouseholdSort) ? (sort as HouseholdSort) : DEFAULT_SORT,
    page: Math.max(0, nonNegativeInt(params.get('page'), 1) - 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

/** The URL form; defaults are left out and pages count from 1 for people. */
export function toSearchParams(search: HouseholdListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q.trim());
  if (search.communeCode) params.set('commune', search.communeCode);
  if (search.hamletCode) params.set('hamlet', search.hamletCode);
  if (search.status !== 'active') params.set('status', search.status);
  if (search.sort !== DEFAULT_SORT) params.set('sort', search.sort);
  if (search.page > 0) params.set('page', String(search.page + 1));
  if (search.size !== DEFAULT_SIZE) params.set('size', String(search.size));
  return params;
}

/**
 * The API query. A commune officer's list is always their own commune, whatever the URL says.
 */
export function toApiQuery(search: HouseholdListSearch, fixedCommuneCode?: string | null): HouseholdListQuery {
  const query: HouseholdListQuery = { page: search.page, size: search.size, sort: search.sort };
  if (search.q.trim()) query.q = search.q.trim();
  const communeCode = fixedCommuneCode ?? search.communeCode;
  if (communeCode) query.communeCode = communeCode;
  if (search.hamletCode && (!fixedCommuneCode || search.hamletCode.startsWith(`${fixedCommuneCode}-`))) {
    query.hamletCode = search.hamletCode;
  }
  if (search.status !== 'all') query.archived = search.status === 'archived';
  return query;
}

/** A change of filter or search starts again at the first page. */
export function withFilter(search: HouseholdListSearch, change: Partial<HouseholdListSearch>): HouseholdListSearch {
  const next = { ...search, ...change };
  if (!('page' in change)) next.page = 0;
  if ('communeCode' in change && change.communeCode !== search.communeCode) next.hamletCode = undefined;
  return next;
}
