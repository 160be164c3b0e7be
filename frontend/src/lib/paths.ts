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
export const toMe = (): string => '/me';
export const toSelfCheck = (): string => '/tu-kiem-tra';
