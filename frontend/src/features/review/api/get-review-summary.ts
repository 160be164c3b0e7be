import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewSummary } from '@/lib/api/types';
import { reviewKeys } from './keys';

export const reviewSummaryQuery = (cycleId: string) =>
  queryOptions({
    queryKey: reviewKeys.summary(cycleId),
    queryFn: ({ signal }) =>
      unwrapAs<ReviewSummary>(api.GET('/api/v1/review-cycles/{cycleId}/summary', { params: { path: { cycleId } }, signal })),
  });

export const useReviewSummary = (cycleId: string | undefined) =>
  useQuery({ ...reviewSummaryQuery(cycleId ?? ''), enabled: !!cycleId });
