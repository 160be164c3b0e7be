import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Household, MemberCreate } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export interface AddMemberInput {
  householdId: string;
  version: number;
  body: MemberCreate;
}

export const addMember = ({ householdId, version, body }: AddMemberInput) =>
  unwrapAs<Household>(
    api.POST('/api/v1/households/{householdId}/members', {
      params: { path: { householdId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMember,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
