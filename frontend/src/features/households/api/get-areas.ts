import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AreaPage } from '@/lib/api/types';

/** Communes of the district, for the commune pickers. */
export const communesQuery = () =>
  queryOptions({
    queryKey: ['areas', 'COMMUNE'],
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(api.GET('/api/v1/areas', { params: { query: { level: 'COMMUNE', size: 100 } }, signal })),
    staleTime: 60 * 60 * 1000,
  });

/** Hamlets (ấp/khóm) of one commune, for the hamlet pickers. */
export const hamletsQuery = (communeCode: string) =>
  queryOptions({
    queryKey: ['areas', 'HAMLET', communeCode],
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(
        api.GET('/api/v1/areas', {
          params: { query: { level: 'HAMLET', parentCode: communeCode, size: 100 } },
          signal,
        }),
      ),
    staleTime: 60 * 60 * 1000,
  });

export const useCommunes = (enabled = true) => useQuery({ ...communesQuery(), enabled });
export const useHamlets = (communeCode: string | undefined) =>
  useQuery({ ...hamletsQuery(communeCode ?? ''), enabled: !!communeCode });
