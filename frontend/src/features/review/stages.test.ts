import { describe, expect, it } from 'vitest';
import type { CaseState } from '@/lib/api/types';
import { i18n } from '@/lib/i18n';
import { communeReview, reviewCase, reviewCycle, caseSummary } from '@/testing/fixtures';
import { auditorMe, districtMe, officerMe } from '@/testing/render';
import {
  assessable,
  canSeeReview,
  cycleLabel,
  readyToConsolidate,
  readyToPost,
  settledCases,
  settledPercent,
  stageSteps,
} from './stages';

const t = i18n.t.bind(i18n);

describe('stageSteps', () => {
  it.each([
    ['ASSESSING', ['current', 'todo', 'todo', 'todo']],
    ['POSTING', ['done', 'current', 'todo', 'todo']],
    ['DECIDED', ['done', 'done', 'current', 'todo']],
    ['CONSOLIDATED', ['done', 'done', 'done', 'done']],
  ] as const)('%s → %j', (stage, states) => {
    expect(stageSteps(stage).map((s) => s.state)).toEqual(states);
  });
});

describe('progress', () => {
  const progress = { total: 12, listed: 1, assessed: 0, agreed: 9, returned: 0, disputed: 0, decided: 2 };

  it('counts agreed and decided cases as settled', () => {
    expect(settledCases(progress)).toBe(11);
    expect(settledPercent(progress)).toBe(92);
    expect(settledPercent({ ...progress, total: 0, agreed: 0, decided: 0 })).toBe(0);
  });

  it('posts only once every case is agreed', () => {
    expect(readyToPost(progress)).toBe(false);
    expect(readyToPost({ ...progress, listed: 0, decided: 0, agreed: 12 })).toBe(true);
  });
});

describe('readyToConsolidate', () => {
  const decided = communeReview({ stage: 'DECIDED' });

  it('needs an open cycle whose communes have all decided', () => {
    expect(readyToConsolidate(reviewCycle())).toBe(false);
    expect(readyToConsolidate(reviewCycle({ communes: [decided, { ...decided, id: 'x' }] }))).toBe(true);
    expect(readyToConsolidate(reviewCycle({ state: 'CONSOLIDATED', communes: [decided] }))).toBe(false);
    expect(readyToConsolidate(reviewCycle({ communes: [] }))).toBe(false);
  });
});

describe('cycleLabel', () => {
  it('names periodic and regular cycles in the chosen language', async () => {
    await i18n.changeLanguage('vi');
    expect(cycleLabel(t, { kind: 'PERIODIC', year: 2022 })).toBe('Rà soát định kỳ năm 2022');
    expect(cycleLabel(t, { kind: 'REGULAR', year: 2023, month: 3 })).toBe('Rà soát thường xuyên tháng 03/2023');
    await i18n.changeLanguage('en');
    expect(cycleLabel(t, { kind: 'PERIODIC', year: 2022 })).toBe('Periodic review 2022');
  });
});

describe('canSeeReview', () => {
  it('shows the review to officers who take part and to auditors', () => {
    expect(canSeeReview(officerMe)).toBe(true);
    expect(canSeeReview(districtMe)).toBe(true);
    expect(canSeeReview(auditorMe)).toBe(true);
    expect(canSeeReview(undefined)).toBe(false);
  });

  it('hides it from callers without a review permission or household:read', () => {
    const importer = { ...officerMe, jobRoles: ['importer'], permissions: ['import:run', 'household:read', 'household:write'] };
    expect(canSeeReview(importer)).toBe(false);
    expect(canSeeReview({ ...officerMe, permissions: ['review:assess'] })).toBe(false);
  });
});

describe('assessable', () => {
  const withState = (state: CaseState) => reviewCase({ summary: caseSummary({ state }) });

  it('records assessments while the commune assesses, until the meeting agrees', () => {
    const assessing = communeReview();
    expect(assessable(withState('LISTED'), assessing)).toBe(true);
    expect(assessable(withState('ASSESSED'), assessing)).toBe(true);
    expect(assessable(withState('RETURNED'), assessing)).toBe(true);
    expect(assessable(withState('AGREED'), assessing)).toBe(false);
    expect(assessable(withState('LISTED'), undefined)).toBe(false);
  });

  it('records a re-check of a disputed case during the posting only', () => {
    expect(assessable(withState('DISPUTED'), communeReview({ stage: 'POSTING' }))).toBe(true);
    expect(assessable(withState('AGREED'), communeReview({ stage: 'POSTING' }))).toBe(false);
    expect(assessable(withState('DECIDED'), communeReview({ stage: 'DECIDED' }))).toBe(false);
  });
});
