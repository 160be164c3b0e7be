import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrapAs } from '@/lib/api/client';
import type { Action, Submission, SubmissionContent, SubmissionVersionList } from '../types';
import { monitoringKeys } from './keys';

export const useSubmission = (id: string) =>
  useQuery({
    queryKey: monitoringKeys.submission(id),
    queryFn: ({ signal }) =>
      unwrapAs<Submission>(api.GET('/api/v1/report-submissions/{submissionId}', { params: { path: { submissionId: id } }, signal })),
  });

export const useVersions = (id: string) =>
  useQuery({
    queryKey: monitoringKeys.versions(id),
    queryFn: ({ signal }) =>
      unwrapAs<SubmissionVersionList>(
        api.GET('/api/v1/report-submissions/{submissionId}/versions', { params: { path: { submissionId: id } }, signal }),
      ),
  });

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: monitoringKeys.all });
}

export function useSaveSubmission(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: SubmissionContent }) =>
      unwrapAs<Submission>(
        api.PUT('/api/v1/report-submissions/{submissionId}', {
          params: { path: { submissionId: id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useMoveSubmission(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ action, comment }: { action: Action; comment?: string }) =>
      unwrapAs<Submission>(
        api.POST('/api/v1/report-submissions/{submissionId}/transitions', { params: { path: { submissionId: id } }, body: { action, comment } }),
      ),
    onSuccess: refresh,
  });
}

export function useAttach(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) =>
      unwrapAs<unknown>(
        api.POST('/api/v1/report-submissions/{submissionId}/attachments', {
          params: { path: { submissionId: id }, query: { fileName: file.name } },
          body: file as unknown as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'Content-Type': 'application/pdf' },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      unwrapAs<unknown>(
        api.DELETE('/api/v1/report-submissions/{submissionId}/attachments/{attachmentId}', {
          params: { path: { submissionId: id, attachmentId } },
        }),
      ),
    onSuccess: refresh,
  });
}
