import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { HouseholdPage } from '@/lib/api/types';
import type { HouseholdListQuery } from '../list-search';
import { householdKeys } from './keys';

export const householdsQuery = (query: HouseholdListQuery) =>
  queryOptions({
    queryKey: householdKeys.list(query),
    queryFn: ({ signal }) => unwrapAs<HouseholdPage>(api.GET('/api/v1/households', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const useHouseholds = (query: HouseholdListQuery, enabled = true) =>
  useQuery({ ...householdsQuery(query), enabled });
