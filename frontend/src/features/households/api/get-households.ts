import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { HouseholdListQuery } from '../list-search';
import { householdKeys } from './keys';

export const householdsQuery = (query: HouseholdListQuery) =>
  queryOptions({
    queryKey: householdKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/households', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const useHouseholds = (query: HouseholdListQuery, enabled = true) =>
  useQuery({ ...householdsQuery(query), enabled });
