import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ApplicationCreate, ReviewCase } from '@/lib/api/types';
import { storeReviewCase } from './invalidate';

export interface RecordApplicationInput {
  cycleId: string;
  body: ApplicationCreate;
}

/** Form 01: a household asks to be reviewed and joins the cycle's list. */
export const recordApplication = ({ cycleId, body }: RecordApplicationInput) =>
  unwrapAs<ReviewCase>(api.POST('/api/v1/review-cycles/{cycleId}/cases', { params: { path: { cycleId } }, body }));

export function useRecordApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordApplication, onSuccess: (c) => storeReviewCase(queryClient, c) });
}
