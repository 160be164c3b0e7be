import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Household } from '@/lib/api/types';
import { isNotFound } from '@/lib/problem';
import { householdKeys } from './keys';

export const householdQuery = (householdId: string) =>
  queryOptions({
    queryKey: householdKeys.detail(householdId),
    queryFn: ({ signal }) =>
      unwrapAs<Household>(api.GET('/api/v1/households/{householdId}', { params: { path: { householdId } }, signal })),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

export const useHousehold = (householdId: string) => useQuery(householdQuery(householdId));
