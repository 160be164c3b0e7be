import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { HistoryPage } from '@/lib/api/types';
import { householdKeys } from './keys';

export const householdHistoryQuery = (householdId: string, page: number, size: number) =>
  queryOptions({
    queryKey: householdKeys.historyPage(householdId, page, size),
    queryFn: ({ signal }) =>
      unwrapAs<HistoryPage>(
        api.GET('/api/v1/households/{householdId}/history', {
          params: { path: { householdId }, query: { page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useHouseholdHistory = (householdId: string, page: number, size = 10) =>
  useQuery(householdHistoryQuery(householdId, page, size));
