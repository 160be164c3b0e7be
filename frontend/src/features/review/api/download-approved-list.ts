import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReviewList } from '@/lib/api/types';

export interface ApprovedListInput {
  cycleId: string;
  list: ReviewList;
  communeCode?: string;
  fileName: string;
}

/** The CSV needs the bearer token, so it is fetched as a blob and saved from memory. */
export async function downloadApprovedList({ cycleId, list, communeCode, fileName }: ApprovedListInput): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/v1/review-cycles/{cycleId}/approved-lists/{list}', {
      params: { path: { cycleId, list }, query: communeCode ? { communeCode } : {} },
      parseAs: 'blob',
    }),
  );
  const url = URL.createObjectURL(blob as Blob);
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

export const useDownloadApprovedList = () => useMutation({ mutationFn: downloadApprovedList });
