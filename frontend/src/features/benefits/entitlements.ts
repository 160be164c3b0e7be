import type { BenefitProgram, Entitlement, EntitlementState, ProgramKind } from '@/lib/api/types';

/** An entitlement's states in the order of its way (the two ends last). */
export const ENTITLEMENT_STATES: readonly EntitlementState[] = [
  'ELIGIBLE',
  'REQUESTED',
  'ENROLLED',
  'FULFILLED',
  'EXPIRED',
  'REVOKED',
];

/** Expired and revoked entitlements are history: shown apart, with their reason. */
export function isLive(state: EntitlementState): boolean {
  return state !== 'EXPIRED' && state !== 'REVOKED';
}

/** A program's name in the user's language (Vietnamese unless English is chosen). */
export function programName(program: Pick<BenefitProgram, 'name' | 'nameEn'> | undefined, language: string): string {
  if (!program) return '';
  return language.startsWith('en') ? program.nameEn : program.name;
}

/** The kind of each program by its code. */
export function programKinds(programs: readonly Pick<BenefitProgram, 'code' | 'kind'>[]): Record<string, ProgramKind> {
  return Object.fromEntries(programs.map((p) => [p.code, p.kind]));
}

export interface MemberEntitlements {
  memberId: string;
  fullName: string;
  items: Entitlement[];
}

export interface HouseholdEntitlementGroups {
  /** Live entitlements granted to the household as a whole (loans, clean water). */
  household: Entitlement[];
  /** Live entitlements per person, in the order of the household's members, then people who left. */
  members: MemberEntitlements[];
  /** Expired and revoked ones, newest end first. */
  ended: Entitlement[];
}

/**
 * Splits a household's entitlements for display: the household's own, each member's, and the ended ones apart.
 * `memberOrder` lists the current members (head first); people no longer listed come after them by name.
 */
export function groupEntitlements(
  items: readonly Entitlement[],
  memberOrder: readonly { id: string; fullName: string }[] = [],
): HouseholdEntitlementGroups {
  const household: Entitlement[] = [];
  const ended: Entitlement[] = [];
  const byMember = new Map<string, MemberEntitlements>();
  for (const e of items) {
    if (!isLive(e.state)) {
      ended.push(e);
    } else if (!e.memberId) {
      household.push(e);
    } else {
      const group = byMember.get(e.memberId) ?? { memberId: e.memberId, fullName: e.fullName ?? '', items: [] };
      group.items.push(e);
      byMember.set(e.memberId, group);
    }
  }
  const position = new Map(memberOrder.map((m, i) => [m.id, i] as const));
  const members = [...byMember.values()].sort((a, b) => {
    const pa = position.get(a.memberId) ?? Number.MAX_SAFE_INTEGER;
    const pb = position.get(b.memberId) ?? Number.MAX_SAFE_INTEGER;
    return pa !== pb ? pa - pb : a.fullName.localeCompare(b.fullName, 'vi');
  });
  ended.sort((a, b) => (b.endedOn ?? b.updatedAt).localeCompare(a.endedOn ?? a.updatedAt));
  return { household, members, ended };
}

/** Only the entitlements of one member (and, with `withHousehold`, the household's own). */
export function forMember(items: readonly Entitlement[], memberId: string, withHousehold = true): Entitlement[] {
  return items.filter((e) => e.memberId === memberId || (withHousehold && !e.memberId));
}

/**
 * Where a person stands in a training program: what the centre recorded last.
 * EMPLOYED after a completed course; COMPLETED (fulfilled); ENROLLED; REQUESTED; ELIGIBLE; or ENDED.
 */
export type TrainingOutcome = 'ELIGIBLE' | 'REQUESTED' | 'ENROLLED' | 'COMPLETED' | 'EMPLOYED' | 'ENDED';

export function trainingOutcome(e: Pick<Entitlement, 'state' | 'employedAfter'>): TrainingOutcome {
  switch (e.state) {
    case 'FULFILLED':
      return e.employedAfter ? 'EMPLOYED' : 'COMPLETED';
    case 'EXPIRED':
    case 'REVOKED':
      return 'ENDED';
    default:
      return e.state;
  }
}

/** Whether a card is in force on a day (both ends inclusive). */
export function cardInForce(e: Pick<Entitlement, 'cardValidFrom' | 'cardValidTo'>, onIso: string): boolean {
  if (!e.cardValidFrom || !e.cardValidTo) return false;
  return e.cardValidFrom <= onIso && onIso <= e.cardValidTo;
}

/** A percentage with at most one decimal in the user's language: "70 %", "85,5 %". */
export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const text = new Intl.NumberFormat(language.startsWith('vi') ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }).format(
    value,
  );
  return `${text} %`;
}
