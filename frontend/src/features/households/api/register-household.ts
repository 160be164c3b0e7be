import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { HouseholdCreate } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export const registerHousehold = (body: HouseholdCreate) => unwrap(api.POST('/api/v1/households', { body }));

export function useRegisterHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerHousehold,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
