import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { CommuneReview, MeetingList } from '@/lib/api/types';
import { isNotFound } from '@/lib/problem';
import { reviewKeys } from './keys';

export const communeReviewQuery = (communeReviewId: string) =>
  queryOptions({
    queryKey: reviewKeys.communeReview(communeReviewId),
    queryFn: ({ signal }) =>
      unwrapAs<CommuneReview>(
        api.GET('/api/v1/commune-reviews/{communeReviewId}', { params: { path: { communeReviewId } }, signal }),
      ),
    retry: (count, error) => !isNotFound(error) && count < 2,
  });

export const communeMeetingsQuery = (communeReviewId: string) =>
  queryOptions({
    queryKey: reviewKeys.meetings(communeReviewId),
    queryFn: ({ signal }) =>
      unwrapAs<MeetingList>(
        api.GET('/api/v1/commune-reviews/{communeReviewId}/meetings', { params: { path: { communeReviewId } }, signal }),
      ),
  });

export const useCommuneReview = (communeReviewId: string | undefined) =>
  useQuery({ ...communeReviewQuery(communeReviewId ?? ''), enabled: !!communeReviewId });
export const useCommuneMeetings = (communeReviewId: string) => useQuery(communeMeetingsQuery(communeReviewId));
