import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewCycle, ReviewCycleCreate } from '@/lib/api/types';
import { refreshReview } from './invalidate';

export const openReviewCycle = (body: ReviewCycleCreate) =>
  unwrapAs<ReviewCycle>(api.POST('/api/v1/review-cycles', { body }));

export function useOpenReviewCycle() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openReviewCycle, onSuccess: () => refreshReview(queryClient) });
}
