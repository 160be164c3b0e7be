import type { QueryClient } from '@tanstack/react-query';
import type { Household } from '@/lib/api/types';
import { householdKeys } from './keys';

/** After a write: the answer is the latest household; lists, history and classification are refetched. */
export function storeHousehold(queryClient: QueryClient, household: Household): void {
  queryClient.setQueryData(householdKeys.detail(household.id), household);
  void queryClient.invalidateQueries({ queryKey: householdKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: householdKeys.history(household.id) });
  void queryClient.invalidateQueries({ queryKey: householdKeys.classifications(household.id) });
}
