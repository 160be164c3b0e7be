import { hasPermission, type Permission } from '@/lib/auth';
import type { Me, ReviewCycle, ReviewList } from '@/lib/api/types';

/** What the export endpoints list: /api/v1/exports/{households|members}, …/entitlements, …/review-records. */
export type ExportKind = 'households' | 'members' | 'entitlements' | 'review-records';
export type ExportFormat = 'CSV' | 'XLSX';

export const EXPORT_KINDS: readonly ExportKind[] = ['households', 'members', 'entitlements', 'review-records'];
export const REVIEW_LISTS: readonly ReviewList[] = ['POOR', 'NEAR_POOR', 'ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY'];

/** The permission each export needs (the API checks it too; the panel only hides what would be refused). */
const NEEDS: Record<ExportKind, Permission> = {
  households: 'household:read',
  members: 'household:read',
  entitlements: 'benefit:read',
  'review-records': 'household:read',
};

/**
 * The kinds the caller may export. Exports also need an area: district scope or a commune in the token (department
 * staff read entitlements but have no area, so the API would refuse them).
 */
export function exportableKinds(me: Me | undefined): ExportKind[] {
  if (!me || !(hasPermission(me, 'area:district') || me.communeCode)) return [];
  return EXPORT_KINDS.filter((k) => hasPermission(me, NEEDS[k]));
}

/** Whether the export page is for the caller: they may export at least one kind. */
export function canExport(me: Me | undefined): boolean {
  return exportableKinds(me).length > 0;
}

export interface ExportInput {
  kind: ExportKind;
  format: ExportFormat;
  /** District staff may name one; commune staff always get their own. */
  communeCode?: string;
  /** entitlements only */
  programCode?: string;
  /** review-records only (required there) */
  cycleId?: string;
  /** review-records only */
  list?: ReviewList;
}

/** The name to save under when the server's Content-Disposition cannot be read: "entitlements-29956-health-insurance.xlsx". */
export function exportFileName({ kind, format, communeCode, programCode, list }: ExportInput): string {
  const parts: string[] = [kind, communeCode ?? 'all'];
  if (kind === 'entitlements' && programCode) parts.push(programCode);
  if (kind === 'review-records' && list) parts.push(list);
  return `${parts.join('-').toLowerCase().replace(/_/g, '-')}.${format.toLowerCase()}`;
}

/** Only consolidated cycles have frozen records to export; newest first, as the API lists them. */
export function exportableCycles(cycles: readonly ReviewCycle[] | undefined): ReviewCycle[] {
  return (cycles ?? []).filter((c) => c.state === 'CONSOLIDATED');
}
