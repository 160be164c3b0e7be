import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Household, HouseholdArchive } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export interface ArchiveHouseholdInput {
  householdId: string;
  version: number;
  body: HouseholdArchive;
}

export const archiveHousehold = ({ householdId, version, body }: ArchiveHouseholdInput) =>
  unwrapAs<Household>(
    api.POST('/api/v1/households/{householdId}/archive', {
      params: { path: { householdId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );

export function useArchiveHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveHousehold,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
