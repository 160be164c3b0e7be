import type { Permission } from '@/lib/auth/use-me';

/** Every page of the SPA, with the permission it needs and a typed link builder. */
export const paths = {
  home: { pattern: '/' },
  households: { pattern: '/households', permission: 'household:read' },
  householdNew: { pattern: '/households/new', permission: 'household:write' },
  household: { pattern: '/households/:householdId', permission: 'household:read' },
  householdEdit: { pattern: '/households/:householdId/edit', permission: 'household:write' },
  areas: { pattern: '/areas' },
  audit: { pattern: '/audit', permission: 'audit:read' },
  imports: { pattern: '/imports', permission: 'import:run' },
  // exporters read households or benefits and hold an area; the page and the API check which kinds
  exports: { pattern: '/exports' },
  review: { pattern: '/review', permission: 'household:read' },
  communeReview: { pattern: '/review/communes/:communeReviewId', permission: 'household:read' },
  reviewCase: { pattern: '/review/cases/:caseId', permission: 'household:read' },
  benefits: { pattern: '/benefits', permission: 'benefit:read' },
  training: { pattern: '/benefits/training', permission: 'benefit:read' },
  benefitProgram: { pattern: '/benefits/programs/:code', permission: 'benefit:read' },
  // readers of program reports hold report:submit, report:review or audit:read; the API checks which
  monitoring: { pattern: '/monitoring' },
  monitoringPeriod: { pattern: '/monitoring/periods/:periodId' },
  monitoringSubmission: { pattern: '/monitoring/submissions/:submissionId' },
  me: { pattern: '/me' },
  selfCheck: { pattern: '/tu-kiem-tra' },
} as const satisfies Record<string, { pattern: string; permission?: Permission }>;

export const toHouseholds = (search?: URLSearchParams | string): string => {
  const query = search?.toString() ?? '';
  return query ? `/households?${query}` : '/households';
};
export const toHouseholdNew = (): string => '/households/new';
export const toHousehold = (householdId: string): string => `/households/${encodeURIComponent(householdId)}`;
export const toHouseholdEdit = (householdId: string): string =>
  `/households/${encodeURIComponent(householdId)}/edit`;
export const toAreas = (): string => '/areas';
export const toAudit = (): string => '/audit';
export const toImports = (): string => '/imports';
export const toExports = (): string => '/exports';
/** The review board, on one cycle when given (the latest otherwise). */
export const toReview = (cycleId?: string): string =>
  cycleId ? `/review?cycle=${encodeURIComponent(cycleId)}` : '/review';
export const toCommuneReview = (communeReviewId: string, search?: URLSearchParams | string): string => {
  const query = search?.toString() ?? '';
  const path = `/review/communes/${encodeURIComponent(communeReviewId)}`;
  return query ? `${path}?${query}` : path;
};
export const toReviewCase = (caseId: string): string => `/review/cases/${encodeURIComponent(caseId)}`;
export const toMonitoring = (): string => '/monitoring';
export const toMonitoringPeriod = (periodId: string): string => `/monitoring/periods/${encodeURIComponent(periodId)}`;
export const toMonitoringSubmission = (submissionId: string): string =>
  `/monitoring/submissions/${encodeURIComponent(submissionId)}`;
export const toMe = (): string => '/me';
export const toSelfCheck = (): string => '/tu-kiem-tra';
export const toBenefits = (): string => '/benefits';
export const toTraining = (): string => '/benefits/training';
export const toBenefitProgram = (code: string, search?: URLSearchParams | string): string => {
  const query = search?.toString() ?? '';
  const path = `/benefits/programs/${encodeURIComponent(code)}`;
  return query ? `${path}?${query}` : path;
};
