import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Program, ReportPeriod, ReportPeriodList, Submission, SubmissionList } from '../types';
import { monitoringKeys } from './keys';

export const usePeriods = () =>
  useQuery({
    queryKey: monitoringKeys.periods(),
    queryFn: ({ signal }) => unwrapAs<ReportPeriodList>(api.GET('/api/v1/report-periods', { signal })),
  });

export const usePeriodSubmissions = (periodId: string) =>
  useQuery({
    queryKey: monitoringKeys.submissions(periodId),
    queryFn: ({ signal }) =>
      unwrapAs<SubmissionList>(api.GET('/api/v1/report-periods/{periodId}/submissions', { params: { path: { periodId } }, signal })),
  });

export const useProgram = () =>
  useQuery({
    queryKey: monitoringKeys.program(),
    queryFn: ({ signal }) => unwrapAs<Program>(api.GET('/api/v1/program', { signal })),
    staleTime: 60 * 60 * 1000,
  });

export interface PeriodInput {
  kind: 'SIX_MONTH' | 'ANNUAL' | 'AD_HOC';
  year: number;
  dueOn?: string;
  title?: string;
  unitCodes?: string[];
}

export function useOpenPeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PeriodInput) => unwrapAs<ReportPeriod>(api.POST('/api/v1/report-periods', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
}

export function useStartSubmission(periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (unitCode: string) =>
      unwrapAs<Submission>(api.POST('/api/v1/report-periods/{periodId}/submissions', { params: { path: { periodId } }, body: { unitCode } })),
    onSuccess: () => client.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
}
