import { useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Coverage, PeriodStatus, PovertyRates } from '../types';
import { monitoringKeys } from './keys';

export const usePovertyRates = () =>
  useQuery({
    queryKey: monitoringKeys.rates(),
    queryFn: ({ signal }) => unwrapAs<PovertyRates>(api.GET('/api/v1/dashboard/poverty-rates', { signal })),
  });

export const useCoverage = () =>
  useQuery({
    queryKey: monitoringKeys.coverage(),
    queryFn: ({ signal }) => unwrapAs<Coverage>(api.GET('/api/v1/dashboard/coverage', { signal })),
  });

/** The units of a period (the current one when none is given) and where each stands. */
export const usePeriodStatus = (periodId?: string) =>
  useQuery({
    queryKey: monitoringKeys.status(periodId),
    queryFn: ({ signal }) =>
      unwrapAs<PeriodStatus>(
        periodId
          ? api.GET('/api/v1/report-periods/{periodId}/status', { params: { path: { periodId } }, signal })
          : api.GET('/api/v1/dashboard/submission-status', { signal }),
      ),
    retry: false,
  });
