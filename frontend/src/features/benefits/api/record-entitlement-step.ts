import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Entitlement, EntitlementStep } from '@/lib/api/types';
import { benefitKeys } from './keys';

export interface RecordStepInput {
  entitlementId: string;
  body: EntitlementStep;
}

/** One fulfilment step recorded by an office; 409 ILLEGAL_TRANSITION when the state machine refuses it. */
export const recordEntitlementStep = ({ entitlementId, body }: RecordStepInput) =>
  unwrapAs<Entitlement>(
    api.POST('/api/v1/entitlements/{entitlementId}/events', { params: { path: { entitlementId } }, body }),
  );

/** After a step the household's entitlements, the lists and the coverage have all moved. */
export function useRecordEntitlementStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordEntitlementStep,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benefitKeys.all }),
  });
}
