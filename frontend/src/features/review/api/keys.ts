import type { ReviewCaseQuery } from '../case-search';

export const reviewKeys = {
  /** Everything a review step can change: refetched after each write. */
  all: ['review'] as const,
  cycles: () => [...reviewKeys.all, 'cycles'] as const,
  cycle: (cycleId: string) => [...reviewKeys.all, 'cycle', cycleId] as const,
  summary: (cycleId: string) => [...reviewKeys.all, 'summary', cycleId] as const,
  communeReview: (communeReviewId: string) => [...reviewKeys.all, 'commune', communeReviewId] as const,
  meetings: (communeReviewId: string) => [...reviewKeys.all, 'meetings', communeReviewId] as const,
  cases: (cycleId: string, query: ReviewCaseQuery) => [...reviewKeys.all, 'cases', cycleId, query] as const,
  reviewCase: (caseId: string) => [...reviewKeys.all, 'case', caseId] as const,
  /** Read-only inputs of the forms; a review step does not change them. */
  proposals: (householdId: string, date: string, standardCode: string) =>
    ['review-proposals', householdId, date, standardCode] as const,
  standard: (code: string) => ['poverty-standard', code] as const,
  hamlets: (communeCode: string) => ['areas', 'HAMLET', communeCode] as const,
  householdSearch: (q: string, communeCode: string | undefined) => ['review-household-search', q, communeCode] as const,
};
