import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapAs } from '@/lib/api/client';
import type { AreaPage, BenefitProgramList, ReviewCycleList } from '@/lib/api/types';
import { exportFileName, type ExportFormat, type ExportInput } from '../exports';
import { XLSX_TYPE } from '../model';
import { fileNameOf, saveFile } from '@/lib/download';

const accept = (f: ExportFormat) => (f === 'XLSX' ? XLSX_TYPE : 'text/csv');

interface Fetched {
  data?: unknown;
  error?: unknown;
  response: Response;
}

function request({ kind, format, communeCode, programCode, cycleId, list }: ExportInput): Promise<Fetched> {
  const headers = { Accept: accept(format) };
  const commune = communeCode ? { communeCode } : {};
  switch (kind) {
    case 'entitlements':
      return api.GET('/api/v1/exports/entitlements', {
        params: { query: { ...commune, ...(programCode ? { programCode } : {}) } },
        headers,
        parseAs: 'blob',
      });
    case 'review-records':
      return api.GET('/api/v1/exports/review-records', {
        params: { query: { cycleId: cycleId ?? '', ...commune, ...(list ? { list: [list] } : {}) } },
        headers,
        parseAs: 'blob',
      });
    default:
      return api.GET('/api/v1/exports/{kind}', { params: { path: { kind }, query: commune }, headers, parseAs: 'blob' });
  }
}

/** Fetches the export with the token and saves it under the name the server gives it. */
export async function downloadExport(input: ExportInput): Promise<void> {
  const call = request(input);
  // unwrap first: it turns a failed call into a problem; the response is read only once the file arrived
  const blob = (await unwrap(call)) as unknown as Blob;
  const { response } = await call;
  saveFile(blob, fileNameOf(response, exportFileName(input)));
}

export const useDownloadExport = () => useMutation({ mutationFn: downloadExport });

/** The district's communes, for district staff to pick one. */
export const useExportCommunes = (enabled: boolean) =>
  useQuery({
    queryKey: ['exports', 'communes'],
    queryFn: ({ signal }) =>
      unwrapAs<AreaPage>(api.GET('/api/v1/areas', { params: { query: { level: 'COMMUNE', size: 100 } }, signal })),
    staleTime: 60 * 60 * 1000,
    enabled,
  });

/** Benefit programs, for the entitlements export. */
export const useExportPrograms = (enabled: boolean) =>
  useQuery({
    queryKey: ['exports', 'programs'],
    queryFn: ({ signal }) => unwrapAs<BenefitProgramList>(api.GET('/api/v1/benefit-programs', { signal })),
    staleTime: 30 * 60 * 1000,
    enabled,
  });

/** Review cycles, for the review-lists export. */
export const useExportCycles = (enabled: boolean) =>
  useQuery({
    queryKey: ['exports', 'review-cycles'],
    queryFn: ({ signal }) => unwrapAs<ReviewCycleList>(api.GET('/api/v1/review-cycles', { signal })),
    enabled,
  });
