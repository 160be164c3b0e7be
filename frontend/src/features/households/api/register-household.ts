import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Household, HouseholdCreate } from '@/lib/api/types';
import { storeHousehold } from './invalidate';

export const registerHousehold = (body: HouseholdCreate) => unwrapAs<Household>(api.POST('/api/v1/households', { body }));

export function useRegisterHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerHousehold,
    onSuccess: (household) => storeHousehold(queryClient, household),
  });
}
