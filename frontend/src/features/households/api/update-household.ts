import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Household, HouseholdUpdate } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export interface UpdateHouseholdInput {
  householdId: string;
  version: number;
  body: HouseholdUpdate;
}

export const updateHousehold = ({ householdId, version, body }: UpdateHouseholdInput) =>
  unwrapAs<Household>(
    api.PUT('/api/v1/households/{householdId}', {
      params: { path: { householdId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );

export function useUpdateHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateHousehold,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
