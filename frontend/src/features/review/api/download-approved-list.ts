import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ReviewList } from '@/lib/api/types';
import { saveFile } from '@/lib/download';

export interface ApprovedListInput {
  cycleId: string;
  list: ReviewList;
  communeCode?: string;
  fileName: string;
}

/** The approved list as a file, fetched with the bearer token. */
export async function downloadApprovedList({ cycleId, list, communeCode, fileName }: ApprovedListInput): Promise<void> {
  const blob = await unwrap(
    api.GET('/api/v1/review-cycles/{cycleId}/approved-lists/{list}', {
      params: { path: { cycleId, list }, query: communeCode ? { communeCode } : {} },
      parseAs: 'blob',
    }),
  );
  saveFile(blob as Blob, fileName);
}

export const useDownloadApprovedList = () => useMutation({ mutationFn: downloadApprovedList });
