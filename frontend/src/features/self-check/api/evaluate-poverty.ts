import { useMutation } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { PovertyEvaluation, PovertyEvaluationRequest } from '@/lib/api/types';

/**
 * Classifies answers under a standard; nothing is stored. The explanation comes in the
 * language the client sends as Accept-Language (the UI language).
 */
export const evaluatePoverty = (body: PovertyEvaluationRequest) =>
  unwrapAs<PovertyEvaluation>(api.POST('/api/v1/poverty-evaluations', { body }));

export const useEvaluatePoverty = () => useMutation({ mutationFn: evaluatePoverty });
