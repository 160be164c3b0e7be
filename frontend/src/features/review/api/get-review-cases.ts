import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewCasePage } from '@/lib/api/types';
import type { ReviewCaseQuery } from '../case-search';
import { reviewKeys } from './keys';

export const reviewCasesQuery = (cycleId: string, query: ReviewCaseQuery) =>
  queryOptions({
    queryKey: reviewKeys.cases(cycleId, query),
    queryFn: ({ signal }) =>
      unwrapAs<ReviewCasePage>(
        api.GET('/api/v1/review-cycles/{cycleId}/cases', { params: { path: { cycleId }, query }, signal }),
      ),
    placeholderData: keepPreviousData,
  });

export const useReviewCases = (cycleId: string, query: ReviewCaseQuery, enabled = true) =>
  useQuery({ ...reviewCasesQuery(cycleId, query), enabled });
