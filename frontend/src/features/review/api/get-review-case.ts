import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewCase } from '@/lib/api/types';
import { isNotFound } from '@/lib/problem';
import { reviewKeys } from './keys';

export const reviewCaseQuery = (caseId: string) =>
  queryOptions({
    queryKey: reviewKeys.reviewCase(caseId),
    queryFn: ({ signal }) =>
      unwrapAs<ReviewCase>(api.GET('/api/v1/review-cases/{caseId}', { params: { path: { caseId } }, signal })),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

export const useReviewCase = (caseId: string) => useQuery(reviewCaseQuery(caseId));
