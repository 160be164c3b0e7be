import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AssessmentCreate, ReviewCase } from '@/lib/api/types';
import { storeReviewCase } from './invalidate';

export interface RecordAssessmentInput {
  cycleId: string;
  body: AssessmentCreate;
}

/** Forms B1 and B2; the answer is the case with its new assessment first. */
export const recordAssessment = ({ cycleId, body }: RecordAssessmentInput) =>
  unwrapAs<ReviewCase>(api.POST('/api/v1/review-cycles/{cycleId}/assessments', { params: { path: { cycleId } }, body }));

export function useRecordAssessment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordAssessment, onSuccess: (c) => storeReviewCase(queryClient, c) });
}
