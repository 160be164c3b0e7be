import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AreaPage } from '@/lib/api/types';
import { DISTRICT_CODE } from '../model';

/** The district's communes and township with their area type (public). */
export const communesQuery = () =>
  queryOptions({
    queryKey: ['self-check', 'communes', DISTRICT_CODE],
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(
        api.GET('/api/v1/areas', {
          params: { query: { level: 'COMMUNE', parentCode: DISTRICT_CODE, size: 100 } },
          signal,
        }),
      ),
    staleTime: 60 * 60 * 1000,
  });

export const useCommunes = () => useQuery(communesQuery());
