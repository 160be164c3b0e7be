import { describe, expect, it } from 'vitest';
import { nd07Standard, proposals } from '@/testing/fixtures';
import {
  assessmentErrors,
  assessmentFormPath,
  buildAssessmentRequest,
  incomeOf,
  initialAssessment,
  isOverride,
  isScored,
  previewStatus,
  scoreTotal,
  tallyDecisions,
  type AssessmentValues,
} from './assessment';

const findings = proposals().indicators;
const TODAY = '2022-10-20';

function filled(change: Partial<AssessmentValues> = {}): AssessmentValues {
  const values = initialAssessment(findings, '10/10/2022');
  values.reviewerName = 'Lê Thị Hoa';
  values.monthlyIncomePerCapitaVnd = 1200000;
  values.decisions.NUTRITION = { deprived: 'no', reason: '' };
  return { ...values, ...change };
}

describe('initialAssessment', () => {
  it('starts from the definite proposals and leaves unknown ones to the reviewer', () => {
    const values = initialAssessment(findings, '10/10/2022');
    expect(values.decisions).toEqual({
      EMPLOYMENT: { deprived: 'yes', reason: '' },
      NUTRITION: { deprived: '', reason: '' },
      HEALTH_INSURANCE: { deprived: 'yes', reason: '' },
      HOUSING_AREA: { deprived: 'no', reason: '' },
    });
  });
});

describe('isOverride', () => {
  it.each([
    ['DEPRIVED', 'no', true],
    ['NOT_DEPRIVED', 'yes', true],
    ['DEPRIVED', 'yes', false],
    ['NOT_DEPRIVED', 'no', false],
    ['UNKNOWN', 'yes', false],
    ['UNKNOWN', 'no', false],
    ['DEPRIVED', '', false],
  ] as const)('proposed %s, decided %s → %s', (proposed, decision, expected) => {
    expect(isOverride(proposed, decision)).toBe(expected);
  });
});

describe('previewStatus (as the service classifies)', () => {
  const nd07 = nd07Standard();
  const qd59 = nd07Standard({
    code: 'QD59_2015',
    rule: 'INCOME_OR_DEPRIVATION',
    scorePointsPerIndicator: undefined,
    thresholds: [{ areaType: 'RURAL', povertyLineVnd: 700000, nearPoorCeilingVnd: 1000000, middleIncomeCeilingVnd: 1500000 }],
  });

  it.each([
    [1200000, 3, 'POOR'],
    [1500000, 2, 'NEAR_POOR'],
    [1500001, 5, 'MIDDLE_INCOME'],
    [2250001, 0, 'NOT_POOR'],
  ] as const)('ND07 rural: income %d with %d deprivations → %s', (vnd, count, status) => {
    expect(previewStatus(nd07, 'RURAL', { kind: 'monthly', vnd }, count)).toBe(status);
  });

  it('scores form B1 against the line of the area type', () => {
    expect(previewStatus(nd07, 'RURAL', { kind: 'score', points: 140 }, 3)).toBe('POOR');
    expect(previewStatus(nd07, 'URBAN', { kind: 'score', points: 170 }, 1)).toBe('NEAR_POOR');
    expect(previewStatus(nd07, 'RURAL', { kind: 'score', points: 141 }, 6)).toBe('NOT_POOR');
  });

  it('reads the 2016–2020 rule: poor by income alone, deprivations decide in the near-poor band', () => {
    expect(previewStatus(qd59, 'RURAL', { kind: 'monthly', vnd: 700000 }, 0)).toBe('POOR');
    expect(previewStatus(qd59, 'RURAL', { kind: 'monthly', vnd: 900000 }, 3)).toBe('POOR');
    expect(previewStatus(qd59, 'RURAL', { kind: 'monthly', vnd: 900000 }, 2)).toBe('NEAR_POOR');
    expect(previewStatus(qd59, 'RURAL', { kind: 'monthly', vnd: 1200000 }, 4)).toBe('MIDDLE_INCOME');
    expect(previewStatus(qd59, 'URBAN', { kind: 'monthly', vnd: 1200000 }, 4)).toBeNull();
  });
});

describe('tally and income', () => {
  it('counts the deprivations decided so far and the score B', () => {
    const values = filled();
    expect(tallyDecisions(values, nd07Standard())).toEqual({ deprived: 2, undecided: 0, total: 4, score: 20 });
    expect(tallyDecisions(initialAssessment(findings, ''), nd07Standard()).undecided).toBe(1);
  });

  it('sums the score items the way the service does', () => {
    const items = [
      { key: 'a', code: 'HOUSEHOLD_SIZE', label: 'Số nhân khẩu', points: 25 as const },
      { key: 'b', code: 'TV', label: '', points: -5 as const },
      { key: 'c', code: 'X', label: '', points: '' as const },
    ];
    expect(scoreTotal(items)).toBe(20);
    expect(isScored(nd07Standard())).toBe(true);
    expect(isScored(nd07Standard({ thresholds: [{ areaType: 'RURAL', povertyLineVnd: 1 }] }))).toBe(false);
    expect(incomeOf(filled({ incomeMode: 'items', incomeScoreItems: items }), true)).toEqual({ kind: 'score', points: 20 });
    expect(incomeOf(filled({ incomeMode: 'items', incomeScoreItems: items }), false)).toEqual({ kind: 'monthly', vnd: 1200000 });
  });
});

describe('assessmentErrors', () => {
  it('accepts a complete form that follows the proposals', () => {
    expect(assessmentErrors(filled(), findings, true, TODAY)).toEqual({});
  });

  it('asks for a reason only where the decision differs from a definite proposal', () => {
    const values = filled();
    values.decisions.HEALTH_INSURANCE = { deprived: 'no', reason: '' };
    values.decisions.NUTRITION = { deprived: 'yes', reason: '' };
    expect(assessmentErrors(values, findings, true, TODAY)).toEqual({
      'decisions.HEALTH_INSURANCE.reason': 'review.assessment.b2.reasonRequired',
    });
    values.decisions.HEALTH_INSURANCE.reason = 'Thẻ BHYT đã gia hạn ngày 15/9';
    expect(assessmentErrors(values, findings, true, TODAY)).toEqual({});
  });

  it('needs a date, a reviewer, the income and every indicator decided', () => {
    const values = initialAssessment(findings, '21/10/2022');
    expect(assessmentErrors(values, findings, true, TODAY)).toEqual({
      assessedOn: 'review.validation.dateInFuture',
      reviewerName: 'review.validation.required',
      monthlyIncomePerCapitaVnd: 'review.validation.required',
      'decisions.NUTRITION.deprived': 'review.assessment.b2.decide',
    });
  });

  it('checks the score items in score mode', () => {
    const values = filled({
      incomeMode: 'items',
      incomeScoreItems: [
        { key: 'a', code: '', label: '', points: 10 },
        { key: 'b', code: 'B', label: '', points: 900 },
      ],
    });
    expect(assessmentErrors(values, findings, true, TODAY)).toEqual({
      'incomeScoreItems.0.code': 'review.validation.required',
      'incomeScoreItems.1.points': 'review.assessment.b1.pointsRange',
    });
  });
});

describe('buildAssessmentRequest', () => {
  it('sends the monthly income, every indicator in order and only the reasons written', () => {
    const values = filled();
    values.decisions.HEALTH_INSURANCE = { deprived: 'no', reason: '  Thẻ BHYT đã gia hạn  ' };
    expect(buildAssessmentRequest(values, 'case-1', findings, true)).toEqual({
      caseId: 'case-1',
      assessedOn: '2022-10-10',
      reviewerName: 'Lê Thị Hoa',
      monthlyIncomePerCapitaVnd: 1200000,
      indicators: [
        { code: 'EMPLOYMENT', deprived: true },
        { code: 'NUTRITION', deprived: false },
        { code: 'HEALTH_INSURANCE', deprived: false, reason: 'Thẻ BHYT đã gia hạn' },
        { code: 'HOUSING_AREA', deprived: false },
      ],
    });
  });

  it('sends the score items instead of the income in score mode', () => {
    const values = filled({
      incomeMode: 'items',
      incomeScoreItems: [{ key: 'a', code: 'HOUSEHOLD_SIZE', label: ' Số nhân khẩu ', points: 25 }],
      note: 'Hộ mới tách',
    });
    const request = buildAssessmentRequest(values, 'case-1', findings, true);
    expect(request.monthlyIncomePerCapitaVnd).toBeUndefined();
    expect(request.incomeScoreItems).toEqual([{ code: 'HOUSEHOLD_SIZE', label: 'Số nhân khẩu', points: 25 }]);
    expect(request.note).toBe('Hộ mới tách');
  });
});

describe('assessmentFormPath', () => {
  const request = buildAssessmentRequest(filled(), 'case-1', findings, true);

  it.each([
    ['indicators.2.reason', 'decisions.HEALTH_INSURANCE.reason'],
    ['indicators.1.code', 'decisions.NUTRITION.deprived'],
    ['indicators.9.reason', null],
    ['indicators', null],
    ['incomeScoreItems.0.points', 'incomeScoreItems.0.points'],
    ['incomeScore', null],
    ['assessedOn', 'assessedOn'],
    ['monthlyIncomePerCapitaVnd', 'monthlyIncomePerCapitaVnd'],
    ['caseId', null],
  ])('%s → %s', (server, form) => {
    expect(assessmentFormPath(server, request)).toBe(form);
  });
});
