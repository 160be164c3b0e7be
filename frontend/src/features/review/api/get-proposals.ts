import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { HouseholdClassification, PovertyStandard } from '@/lib/api/types';
import { reviewKeys } from './keys';

/**
 * Each indicator proposed from the household's facts on the cycle's reference date, under the
 * cycle's standard: what the assessment form starts from (the service proposes the same on save).
 * The form uses no language-dependent part of the answer (names come in both languages), so a
 * language switch does not fetch it again, and the form being filled in stays as it is.
 */
export const proposalsQuery = (householdId: string, date: string, standardCode: string) =>
  queryOptions({
    queryKey: reviewKeys.proposals(householdId, date, standardCode),
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

export const useProposals = (householdId: string, date: string, standardCode: string, enabled: boolean) =>
  useQuery({ ...proposalsQuery(householdId, date, standardCode), enabled });
export const usePovertyStandard = (code: string, enabled: boolean) =>
  useQuery({ ...povertyStandardQuery(code), enabled });
