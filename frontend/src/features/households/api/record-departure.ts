import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Departure, Household } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export interface RecordDepartureInput {
  householdId: string;
  memberId: string;
  version: number;
  body: Departure;
}

export const recordDeparture = ({ householdId, memberId, version, body }: RecordDepartureInput) =>
  unwrapAs<Household>(
    api.POST('/api/v1/households/{householdId}/members/{memberId}/departure', {
      params: { path: { householdId, memberId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );

export function useRecordDeparture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDeparture,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
