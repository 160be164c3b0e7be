import { useEffect, useRef } from 'react';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapAs } from '@/lib/api/client';
import { contentTypeOf, isRunning, XLSX_TYPE, type ImportFormat, type ImportJob, type ImportMatch, type ImportPolicy } from '../model';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/download';

export type ImportJobPage = components['schemas']['ImportJobPage'];
export type ImportProblemPage = components['schemas']['ImportProblemPage'];

export const importsQuery = (page: number) =>
  queryOptions({
    queryKey: ['imports', page],
    queryFn: ({ signal }) => unwrapAs<ImportJobPage>(api.GET('/api/v1/imports', { params: { query: { page, size: 10 } }, signal })),
    placeholderData: keepPreviousData,
  });
export const useImports = (page: number) => useQuery(importsQuery(page));

/**
 * The job, polled every second while it runs (a rollback included). Each time its state changes, the list of imports
 * is read again, so the history never shows a state the job has left.
 */
export function useImport(id: string | undefined) {
  const client = useQueryClient();
  const job = useQuery({
    queryKey: ['import', id],
    enabled: !!id,
    queryFn: ({ signal }) =>
      unwrapAs<ImportJob>(api.GET('/api/v1/imports/{importId}', { params: { path: { importId: id! } }, signal })),
    refetchInterval: (q) => (isRunning(q.state.data?.state) ? 1000 : false),
  });
  const state = job.data?.state;
  const seen = useRef<{ id: string | undefined; state: string | undefined }>({ id, state });
  useEffect(() => {
    const before = seen.current;
    seen.current = { id, state };
    if (before.id === id && before.state !== undefined && state !== undefined && before.state !== state) {
      void client.invalidateQueries({ queryKey: ['imports'] });
    }
  }, [client, id, state]);
  return job;
}

/** The job's invalid count is part of the key: the list is read again as the checks find more. */
export const useImportProblems = (id: string | undefined, page: number, language: string, found: number) =>
  useQuery({
    queryKey: ['import-problems', id, page, language, found],
    enabled: !!id,
    queryFn: ({ signal }) =>
      unwrapAs<ImportProblemPage>(
        api.GET('/api/v1/imports/{importId}/problems', { params: { path: { importId: id! }, query: { page, size: 20 } }, signal }),
      ),
    placeholderData: keepPreviousData,
  });

export interface UploadInput {
  file: File;
  format: ImportFormat;
  policy: ImportPolicy;
  matchBy: ImportMatch;
  key: string;
}

/** The file is the body as it is (no form encoding), for a dry run: the clerk looks at the problems before committing. */
export async function uploadImport({ file, format, policy, matchBy, key }: UploadInput): Promise<ImportJob> {
  return unwrapAs<ImportJob>(
    api.POST('/api/v1/imports', {
      params: { query: { mode: 'DRY_RUN', policy, matchBy, format, fileName: file.name }, header: { 'Idempotency-Key': key } },
      body: file as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': contentTypeOf(format) },
    }),
  );
}

function useJobAction(action: (importId: string) => Promise<ImportJob>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (job) => {
      client.setQueryData(['import', job.id], job);
      void client.invalidateQueries({ queryKey: ['imports'] });
    },
  });
}

export const useUploadImport = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      client.setQueryData(['import', job.id], job);
      void client.invalidateQueries({ queryKey: ['imports'] });
    },
  });
};
export const useCommitImport = () =>
  useJobAction((importId) => unwrapAs<ImportJob>(api.POST('/api/v1/imports/{importId}/commit', { params: { path: { importId } } })));
export const useCancelImport = () =>
  useJobAction((importId) => unwrapAs<ImportJob>(api.POST('/api/v1/imports/{importId}/cancel', { params: { path: { importId } } })));
export const useRollbackImport = () =>
  useJobAction((importId) => unwrapAs<ImportJob>(api.POST('/api/v1/imports/{importId}/rollback', { params: { path: { importId } } })));

export type DownloadFormat = 'CSV' | 'XLSX';
const accept = (f: DownloadFormat) => (f === 'XLSX' ? XLSX_TYPE : 'text/csv');

/** Downloads need the bearer token, so they are fetched as blobs and saved from memory. */
export async function downloadTemplate(format: DownloadFormat): Promise<void> {
  const blob = await unwrap(api.GET('/api/v1/imports/template', { parseAs: 'blob', headers: { Accept: accept(format) } }));
  saveFile(blob as Blob, `mau-nhap-ho.${format.toLowerCase()}`);
}

export async function downloadProblemReport({ importId, format }: { importId: string; format: DownloadFormat }): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/v1/imports/{importId}/problem-report', {
      params: { path: { importId } },
      parseAs: 'blob',
      headers: { Accept: accept(format) },
    }),
  );
  saveFile(blob as Blob, `loi-nhap-${importId.slice(0, 8)}.${format.toLowerCase()}`);
}

export const useDownloadTemplate = () => useMutation({ mutationFn: downloadTemplate });
export const useDownloadProblemReport = () => useMutation({ mutationFn: downloadProblemReport });
