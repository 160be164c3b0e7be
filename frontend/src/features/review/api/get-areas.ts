import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AreaPage, HouseholdPage } from '@/lib/api/types';
import { reviewKeys } from './keys';

/** Hamlets (ấp/khóm) of one commune, for the filters and the meeting form. */
export const hamletsQuery = (communeCode: string) =>
  queryOptions({
    queryKey: reviewKeys.hamlets(communeCode),
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(
        api.GET('/api/v1/areas', { params: { query: { level: 'HAMLET', parentCode: communeCode, size: 100 } }, signal }),
      ),
    staleTime: 60 * 60 * 1000,
  });

export const useHamlets = (communeCode: string | undefined) =>
  useQuery({ ...hamletsQuery(communeCode ?? ''), enabled: !!communeCode });

/** Registered households of the commune matching a name or code, for the application form. */
export const householdSearchQuery = (q: string, communeCode: string | undefined) =>
  queryOptions({
    queryKey: reviewKeys.householdSearch(q, communeCode),
    queryFn: ({ signal }) =>
      unwrapAs<HouseholdPage>(
        api.GET('/api/v1/households', {
          params: { query: { q, archived: false, size: 10, ...(communeCode ? { communeCode } : {}) } },
          signal,
        }),
      ),
  });

export const useHouseholdSearch = (q: string, communeCode: string | undefined) =>
  useQuery({ ...householdSearchQuery(q, communeCode), enabled: q.trim().length >= 2 });
