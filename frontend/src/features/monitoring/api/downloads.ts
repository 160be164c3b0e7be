import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveFile, XLSX } from '@/lib/download';

export async function downloadConsolidated({ periodId, format, fileName }: { periodId: string; format: 'pdf' | 'xlsx'; fileName: string }) {
  const blob = await unwrap(
    api.GET('/api/v1/report-periods/{periodId}/consolidated-report', {
      params: { path: { periodId } },
      headers: { Accept: format === 'pdf' ? 'application/pdf' : XLSX },
      parseAs: 'blob',
    }),
  );
  saveFile(blob as Blob, fileName);
}

export const useDownloadConsolidated = () => useMutation({ mutationFn: downloadConsolidated });

export async function downloadAttachment({ submissionId, attachmentId, fileName }: { submissionId: string; attachmentId: string; fileName: string }) {
  const blob = await unwrap(
    api.GET('/api/v1/report-submissions/{submissionId}/attachments/{attachmentId}', {
      params: { path: { submissionId, attachmentId } },
      parseAs: 'blob',
    }),
  );
  saveFile(blob as Blob, fileName);
}
