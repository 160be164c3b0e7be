import type { TFunction } from 'i18next';
import type { CaseProgress, CaseState, CommuneReview, CommuneStage, Me, ReviewCase, ReviewCycle } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth';

/** A commune's way through a cycle, in order. */
export const STAGES: readonly CommuneStage[] = ['ASSESSING', 'POSTING', 'DECIDED', 'CONSOLIDATED'];

export const CASE_STATES: readonly CaseState[] = ['LISTED', 'ASSESSED', 'AGREED', 'RETURNED', 'DISPUTED', 'DECIDED'];

export type StepState = 'done' | 'current' | 'todo';

/** Each stage as done, current or still to come for a commune in `stage`. */
export function stageSteps(stage: CommuneStage): { stage: CommuneStage; state: StepState }[] {
  const at = STAGES.indexOf(stage);
  return STAGES.map((s, i) => ({
    stage: s,
    // a consolidated commune has nothing left to do: its last step is done too
    state: i < at || stage === 'CONSOLIDATED' ? 'done' : i === at ? 'current' : 'todo',
  }));
}

/** Cases the community meeting agreed with or the chairman decided: the progress bar's share. */
export function settledCases(progress: CaseProgress): number {
  return progress.agreed + progress.decided;
}

/** Settled cases as a whole percentage of all cases; 0 when the commune has none. */
export function settledPercent(progress: CaseProgress): number {
  if (progress.total <= 0) return 0;
  return Math.min(100, Math.round((settledCases(progress) / progress.total) * 100));
}

/** The results can be posted once every case has been agreed by its meeting (the server checks again). */
export function readyToPost(progress: CaseProgress): boolean {
  return progress.agreed === progress.total;
}

/** The district consolidates an open cycle once every commune has decided (the server checks again). */
export function readyToConsolidate(cycle: ReviewCycle): boolean {
  return cycle.state === 'OPEN' && cycle.communes.length > 0 && cycle.communes.every((c) => c.stage === 'DECIDED');
}

/** "Periodic review 2022" or "Regular review 03/2023". */
export function cycleLabel(t: TFunction, cycle: Pick<ReviewCycle, 'kind' | 'year' | 'month'>): string {
  return cycle.kind === 'REGULAR' && cycle.month != null
    ? t('review.cycle.regular', { month: String(cycle.month).padStart(2, '0'), year: cycle.year })
    : t('review.cycle.periodic', { year: cycle.year });
}

/** The review is for officers who take part in it (any review permission) and for auditors, who read it. */
export function canSeeReview(me: Me | undefined): boolean {
  if (!me || !hasPermission(me, 'household:read')) return false;
  return me.permissions.some((p) => p.startsWith('review:')) || me.jobRoles.includes('auditor');
}

/** Whether a new assessment may be recorded now: while the commune assesses, or a re-check of a disputed case. */
export function assessable(reviewCase: ReviewCase, commune: CommuneReview | undefined): boolean {
  const state = reviewCase.summary.state;
  if (!commune || commune.stage === 'CONSOLIDATED' || commune.stage === 'DECIDED') return false;
  if (state === 'DISPUTED') return commune.stage === 'POSTING';
  return commune.stage === 'ASSESSING' && (state === 'LISTED' || state === 'ASSESSED' || state === 'RETURNED');
}
