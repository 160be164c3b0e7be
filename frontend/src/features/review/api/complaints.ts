import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { Complaint, ComplaintCreate, ComplaintResolution } from '@/lib/api/types';
import { refreshReview } from './invalidate';

export interface RecordComplaintInput {
  cycleId: string;
  body: ComplaintCreate;
}

export interface ResolveComplaintInput {
  complaintId: string;
  body: ComplaintResolution;
}

/** A complaint about a posted result: the case is disputed until its re-check resolves it. */
export const recordComplaint = ({ cycleId, body }: RecordComplaintInput) =>
  unwrapAs<Complaint>(api.POST('/api/v1/review-cycles/{cycleId}/complaints', { params: { path: { cycleId } }, body }));

export const resolveComplaint = ({ complaintId, body }: ResolveComplaintInput) =>
  unwrapAs<Complaint>(
    api.POST('/api/v1/review-complaints/{complaintId}/resolution', { params: { path: { complaintId } }, body }),
  );

export function useRecordComplaint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordComplaint, onSuccess: () => refreshReview(queryClient) });
}

export function useResolveComplaint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resolveComplaint, onSuccess: () => refreshReview(queryClient) });
}
