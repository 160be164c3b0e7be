import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Household, MemberUpdate } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export interface UpdateMemberInput {
  householdId: string;
  memberId: string;
  version: number;
  body: MemberUpdate;
}

export const updateMember = ({ householdId, memberId, version, body }: UpdateMemberInput) =>
  unwrapAs<Household>(
    api.PUT('/api/v1/households/{householdId}/members/{memberId}', {
      params: { path: { householdId, memberId }, header: { 'If-Match': ifMatch(version) } },
      body,
    }),
  );

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
