import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { EntitlementPage } from '@/lib/api/types';
import { benefitKeys, type EntitlementQuery } from './keys';

/** A program's entitlements by commune and state (rows carry no identity or card numbers). */
export const entitlementsQuery = (query: EntitlementQuery) =>
  queryOptions({
    queryKey: benefitKeys.entitlements(query),
    queryFn: ({ signal }) =>
      unwrapAs<EntitlementPage>(
        api.GET('/api/v1/entitlements', {
          params: {
            query: {
              programCode: query.programCode,
              ...(query.communeCode ? { communeCode: query.communeCode } : {}),
              ...(query.state ? { state: query.state } : {}),
              page: query.page,
              size: query.size,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useEntitlements = (query: EntitlementQuery) => useQuery(entitlementsQuery(query));
