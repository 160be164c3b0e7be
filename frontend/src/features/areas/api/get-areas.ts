import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AreaPage } from '@/lib/api/types';

export const areasQuery = (level: 'COMMUNE' | 'HAMLET', parentCode?: string) =>
  queryOptions({
    queryKey: ['areas', level, parentCode ?? null],
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(api.GET('/api/v1/areas', { params: { query: { level, parentCode, size: 100 } }, signal })),
    staleTime: 60 * 60 * 1000,
  });

export const useAreas = (level: 'COMMUNE' | 'HAMLET', parentCode?: string, enabled = true) =>
  useQuery({ ...areasQuery(level, parentCode), enabled });
