import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapAs } from '@/lib/api/client';
import type { ProgramCoverage } from '@/lib/api/types';
import { benefitKeys } from './keys';
import { fileNameOf, saveFile, XLSX } from '@/lib/download';

/** A program's coverage per commune in the caller's scope, today, against the plan's target. */
export const programCoverageQuery = (code: string, communeCode: string | undefined) =>
  queryOptions({
    queryKey: benefitKeys.coverage(code, communeCode),
    queryFn: ({ signal }) =>
      unwrapAs<ProgramCoverage>(
        api.GET('/api/v1/benefit-programs/{code}/coverage', {
          params: { path: { code }, query: communeCode ? { communeCode } : {} },
          signal,
        }),
      ),
  });

export const useProgramCoverage = (code: string, communeCode: string | undefined, enabled = true) =>
  useQuery({ ...programCoverageQuery(code, communeCode), enabled });

/** The same board as the API's XLSX (fetched with the token, saved from memory). */
export async function downloadCoverage(code: string, communeCode: string | undefined): Promise<void> {
  const call = api.GET('/api/v1/benefit-programs/{code}/coverage', {
    params: { path: { code }, query: communeCode ? { communeCode } : {} },
    headers: { Accept: XLSX },
    parseAs: 'blob',
  });
  const { response } = await call;
  const blob = (await unwrap(call)) as unknown as Blob;
  saveFile(blob, fileNameOf(response, `do-bao-phu-${code.toLowerCase()}${communeCode ? `-${communeCode}` : ''}.xlsx`));
}
