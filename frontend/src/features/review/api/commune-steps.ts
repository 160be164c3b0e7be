import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { CommuneReview, DecisionRequest, PostingRequest } from '@/lib/api/types';
import { refreshReview } from './invalidate';
import { reviewKeys } from './keys';

export interface PostResultsInput {
  communeReviewId: string;
  body: PostingRequest;
}

export interface RecordDecisionInput {
  communeReviewId: string;
  body: DecisionRequest;
}

/** The public posting (niêm yết) of the commune's results. */
export const postResults = ({ communeReviewId, body }: PostResultsInput) =>
  unwrapAs<CommuneReview>(
    api.POST('/api/v1/commune-reviews/{communeReviewId}/posting', { params: { path: { communeReviewId } }, body }),
  );

/** The commune chairman's decision recognising the lists. */
export const recordDecision = ({ communeReviewId, body }: RecordDecisionInput) =>
  unwrapAs<CommuneReview>(
    api.POST('/api/v1/commune-reviews/{communeReviewId}/decision', { params: { path: { communeReviewId } }, body }),
  );

function useCommuneStep<I>(step: (input: I) => Promise<CommuneReview>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKeys.communeReview(review.id), review);
      return refreshReview(queryClient);
    },
  });
}

export const usePostResults = () => useCommuneStep(postResults);
export const useRecordDecision = () => useCommuneStep(recordDecision);
