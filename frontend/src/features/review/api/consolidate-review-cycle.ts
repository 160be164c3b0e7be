import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewCycle } from '@/lib/api/types';
import { refreshReview } from './invalidate';
import { reviewKeys } from './keys';

export const consolidateReviewCycle = (cycleId: string) =>
  unwrapAs<ReviewCycle>(api.POST('/api/v1/review-cycles/{cycleId}/consolidation', { params: { path: { cycleId } } }));

export function useConsolidateReviewCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: consolidateReviewCycle,
    onSuccess: (cycle) => {
      queryClient.setQueryData(reviewKeys.cycle(cycle.id), cycle);
      return refreshReview(queryClient);
    },
  });
}
