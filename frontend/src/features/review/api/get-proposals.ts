import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { HouseholdClassification, PovertyStandard } from '@/lib/api/types';
import { reviewKeys } from './keys';

/**
 * Each indicator proposed from the household's facts on the cycle's reference date, under the
 * cycle's standard: what the assessment form starts from (the service proposes the same on save).
 */
export const proposalsQuery = (householdId: string, date: string, standardCode: string, language: string) =>
  queryOptions({
    queryKey: reviewKeys.proposals(householdId, date, standardCode, language),
    queryFn: ({ signal }) =>
      unwrapAs<HouseholdClassification>(
        api.GET('/api/v1/households/{householdId}/classification', {
          params: { path: { householdId }, query: { date, standardCode } },
          signal,
        }),
      ),
    staleTime: 5 * 60 * 1000,
  });

/** The standard's lines per area type and how deprivations count, for the live preview. */
export const povertyStandardQuery = (code: string) =>
  queryOptions({
    queryKey: reviewKeys.standard(code),
    queryFn: ({ signal }) =>
      unwrapAs<PovertyStandard>(api.GET('/api/v1/poverty-standards/{code}', { params: { path: { code } }, signal })),
    staleTime: 60 * 60 * 1000,
  });

export const useProposals = (householdId: string, date: string, standardCode: string, language: string, enabled: boolean) =>
  useQuery({ ...proposalsQuery(householdId, date, standardCode, language), enabled });
export const usePovertyStandard = (code: string, enabled: boolean) =>
  useQuery({ ...povertyStandardQuery(code), enabled });
