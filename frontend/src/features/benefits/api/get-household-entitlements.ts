import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { EntitlementList } from '@/lib/api/types';
import { benefitKeys } from './keys';

/** A household's entitlements, live first, then ended ones (the read is audited by the API). */
export const householdEntitlementsQuery = (householdId: string) =>
  queryOptions({
    queryKey: benefitKeys.household(householdId),
    queryFn: ({ signal }) =>
      unwrapAs<EntitlementList>(
        api.GET('/api/v1/households/{householdId}/entitlements', { params: { path: { householdId } }, signal }),
      ),
  });

export const useHouseholdEntitlements = (householdId: string) => useQuery(householdEntitlementsQuery(householdId));
