import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AreaPage } from '@/lib/api/types';
import { benefitKeys } from './keys';

/** The district's communes, for the commune filter. */
export const communesQuery = () =>
  queryOptions({
    queryKey: benefitKeys.communes(),
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(api.GET('/api/v1/areas', { params: { query: { level: 'COMMUNE', size: 100 } }, signal })),
    staleTime: 60 * 60 * 1000,
  });

export const useCommunes = () => useQuery(communesQuery());
