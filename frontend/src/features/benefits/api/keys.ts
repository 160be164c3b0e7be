import type { EntitlementState } from '@/lib/api/types';

export interface EntitlementQuery {
  programCode: string;
  communeCode?: string;
  state?: EntitlementState;
  page: number;
  size: number;
}

export const benefitKeys = {
  /** Everything a fulfilment step can change: refetched after each write. */
  all: ['benefits'] as const,
  programs: () => ['benefit-programs'] as const,
  program: (code: string) => ['benefit-programs', code] as const,
  household: (householdId: string) => [...benefitKeys.all, 'household', householdId] as const,
  entitlements: (query: EntitlementQuery) => [...benefitKeys.all, 'entitlements', query] as const,
  coverage: (code: string, communeCode: string | undefined) => [...benefitKeys.all, 'coverage', code, communeCode ?? ''] as const,
  reconciliation: (query: object) => [...benefitKeys.all, 'reconciliation', query] as const,
  communes: () => ['areas', 'COMMUNE'] as const,
};
