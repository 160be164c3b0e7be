import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { ReviewCycle, ReviewCycleList } from '@/lib/api/types';
import { isNotFound } from '@/lib/problem';
import { reviewKeys } from './keys';

/** Cycles, newest first, each with the communes the caller may see. */
export const reviewCyclesQuery = () =>
  queryOptions({
    queryKey: reviewKeys.cycles(),
    queryFn: ({ signal }) => unwrapAs<ReviewCycleList>(api.GET('/api/v1/review-cycles', { signal })),
  });

export const reviewCycleQuery = (cycleId: string) =>
  queryOptions({
    queryKey: reviewKeys.cycle(cycleId),
    queryFn: ({ signal }) =>
      unwrapAs<ReviewCycle>(api.GET('/api/v1/review-cycles/{cycleId}', { params: { path: { cycleId } }, signal })),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

export const useReviewCycles = () => useQuery(reviewCyclesQuery());
export const useReviewCycle = (cycleId: string | undefined) =>
  useQuery({ ...reviewCycleQuery(cycleId ?? ''), enabled: !!cycleId });
