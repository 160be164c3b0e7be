import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, unwrapAs } from '@/lib/api/client';
import type { ReconciliationFinding, ReconciliationPage } from '@/lib/api/types';
import { benefitKeys } from './keys';
import { CSV, fileNameOf, saveFile, XLSX } from '@/lib/download';

export interface ReconciliationQuery {
  programCode: string;
  communeCode?: string;
  finding?: ReconciliationFinding;
  page: number;
  size: number;
}

function params(q: Omit<ReconciliationQuery, 'page' | 'size'> & { page?: number; size?: number }) {
  return {
    programCode: q.programCode,
    ...(q.communeCode ? { communeCode: q.communeCode } : {}),
    ...(q.finding ? { finding: q.finding } : {}),
    ...(q.page !== undefined ? { page: q.page } : {}),
    ...(q.size !== undefined ? { size: q.size } : {}),
  };
}

/** Entitled without fulfilment, and fulfilled but no longer entitled (the read is audited by the API). */
export const reconciliationQuery = (query: ReconciliationQuery) =>
  queryOptions({
    queryKey: benefitKeys.reconciliation(query),
    queryFn: ({ signal }) =>
      unwrapAs<ReconciliationPage>(api.GET('/api/v1/reconciliation', { params: { query: params(query) }, signal })),
    placeholderData: keepPreviousData,
  });

export const useReconciliation = (query: ReconciliationQuery) => useQuery(reconciliationQuery(query));

export type DocumentFormat = 'xlsx' | 'csv';

/** The same rows as the API's XLSX or CSV, every page. */
export async function downloadReconciliation(
  query: Omit<ReconciliationQuery, 'page' | 'size'>,
  format: DocumentFormat,
): Promise<void> {
  const call = api.GET('/api/v1/reconciliation', {
    params: { query: params(query) },
    headers: { Accept: format === 'xlsx' ? XLSX : CSV },
    parseAs: 'blob',
  });
  const { response } = await call;
  const blob = (await unwrap(call)) as unknown as Blob;
  const parts = ['doi-chieu', query.programCode.toLowerCase(), query.finding?.toLowerCase(), query.communeCode].filter(Boolean);
  saveFile(blob, fileNameOf(response, `${parts.join('-')}.${format}`));
}
