import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { HouseholdClassification } from '@/lib/api/types';
import { isNotFound } from '@/lib/problem';
import { householdKeys } from './keys';

/**
 * The classification card on a review date. The explanation comes in the request's Accept-Language,
 * so the language is part of the key: switching it fetches the card again.
 */
export const householdClassificationQuery = (householdId: string, date: string, language: string) =>
  queryOptions({
    queryKey: householdKeys.classification(householdId, date, language),
    queryFn: ({ signal }) =>
      unwrapAs<HouseholdClassification>(
        api.GET('/api/v1/households/{householdId}/classification', {
          params: { path: { householdId }, query: { date } },
          signal,
        }),
      ),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

export const useHouseholdClassification = (householdId: string, date: string, language: string) =>
  useQuery(householdClassificationQuery(householdId, date, language));
