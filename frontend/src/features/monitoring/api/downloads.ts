import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a blob under a file name (downloads need the bearer token, so they are fetched, then saved from memory). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export function saveText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  saveBlob(new Blob([text], { type }), fileName);
}

export async function downloadConsolidated({ periodId, format, fileName }: { periodId: string; format: 'pdf' | 'xlsx'; fileName: string }) {
  const blob = await unwrap(
    api.GET('/api/v1/report-periods/{periodId}/consolidated-report', {
      params: { path: { periodId } },
      headers: { Accept: format === 'pdf' ? 'application/pdf' : XLSX },
      parseAs: 'blob',
    }),
  );
  saveBlob(blob as Blob, fileName);
}

export const useDownloadConsolidated = () => useMutation({ mutationFn: downloadConsolidated });

export async function downloadAttachment({ submissionId, attachmentId, fileName }: { submissionId: string; attachmentId: string; fileName: string }) {
  const blob = await unwrap(
    api.GET('/api/v1/report-submissions/{submissionId}/attachments/{attachmentId}', {
      params: { path: { submissionId, attachmentId } },
      parseAs: 'blob',
    }),
  );
  saveBlob(blob as Blob, fileName);
}
