import type { QueryClient } from '@tanstack/react-query';
import type { ReviewCase } from '@/lib/api/types';
import { reviewKeys } from './keys';

/** After a review step: cycles, communes, cases and summaries may all have moved. */
export function refreshReview(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: reviewKeys.all });
}

/** The answer is the case as it now stands; the rest is refetched. */
export function storeReviewCase(queryClient: QueryClient, reviewCase: ReviewCase): Promise<void> {
  queryClient.setQueryData(reviewKeys.reviewCase(reviewCase.summary.id), reviewCase);
  return queryClient.invalidateQueries({
    queryKey: reviewKeys.all,
    predicate: (query) => !(query.queryKey[1] === 'case' && query.queryKey[2] === reviewCase.summary.id),
  });
}
