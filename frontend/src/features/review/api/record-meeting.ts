import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Meeting, MeetingCreate } from '@/lib/api/types';
import { refreshReview } from './invalidate';

export interface RecordMeetingInput {
  cycleId: string;
  body: MeetingCreate;
}

/** A hamlet's community meeting; the answer says which results stand and which go back. */
export const recordMeeting = ({ cycleId, body }: RecordMeetingInput) =>
  unwrapAs<Meeting>(api.POST('/api/v1/review-cycles/{cycleId}/meetings', { params: { path: { cycleId } }, body }));

export function useRecordMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordMeeting, onSuccess: () => refreshReview(queryClient) });
}
