import { parseUnconfirmed } from '@/components';
import { describe, expect, it } from 'vitest';
import {
  buildEvaluationRequest,
  emptyValues,
  formPathOf,
  groupByDimension,
  hasIncomeScores,
  incomePerPerson,
  selfCheckErrors,
  standardInForce,
  type SelfCheckValues,
} from './model';
import { nd07, nd351, qd59 } from './test-fixtures';

const answered = (yes: string[], standard = nd07): SelfCheckValues['answers'] =>
  Object.fromEntries(standard.indicators.map((i) => [i.code, yes.includes(i.code) ? 'yes' : 'no']));

const filled = (overrides: Partial<SelfCheckValues> = {}): SelfCheckValues => ({
  ...emptyValues(nd07),
  areaType: 'RURAL',
  monthlyIncomePerCapitaVnd: 1_200_000,
  answers: answered(['HEALTH_INSURANCE', 'HOUSING_AREA', 'SANITATION']),
  ...overrides,
});

describe('the standard in force', () => {
  const all = [qd59, nd07, nd351];

  it('is the one whose validity covers today', () => {
    expect(standardInForce(all, '2026-11-26')?.code).toBe('ND07_2021');
    expect(standardInForce(all, '2027-01-01')?.code).toBe('ND351_2025');
    expect(standardInForce(all, '2021-06-30')?.code).toBe('QD59_2015');
    expect(standardInForce(all, '2026-12-31')?.code).toBe('ND07_2021');
  });

  it('is Decree 07/2021 when none covers today, and none when that is missing too', () => {
    expect(standardInForce(all, '2031-01-01')?.code).toBe('ND07_2021');
    expect(standardInForce([{ ...nd07, validTo: '2025-12-31' }], '2026-02-01')?.code).toBe('ND07_2021');
    expect(standardInForce([qd59], '2026-02-01')).toBeUndefined();
  });

  it('takes an open-ended validity as covering every later day', () => {
    expect(standardInForce([{ ...nd351, validTo: undefined }, nd07], '2035-05-05')?.code).toBe('ND351_2025');
  });
});

describe('income per person helper', () => {
  it.each([
    [3_600_000, 3, 1_200_000],
    [4_500_000, '4', 1_125_000],
    [1_000_000, 3, 333_333],
    [2_000_000, 3, 666_667],
    [0, 5, 0],
  ])('%s for %s people is %s', (total, people, expected) => {
    expect(incomePerPerson(total, people)).toBe(expected);
  });

  it.each([
    ['', 3],
    [3_600_000, ''],
    [3_600_000, 0],
    [3_600_000, 2.5],
    [-1, 3],
    [null, 3],
  ])('has no answer for %s and %s people', (total, people) => {
    expect(incomePerPerson(total as number, people as number)).toBeNull();
  });
});

describe('checking the answers', () => {
  it('accepts a complete form', () => {
    expect(selfCheckErrors(filled(), nd07)).toEqual({});
  });

  it('asks for the area, the income and every unanswered question', () => {
    const errors = selfCheckErrors(emptyValues(nd07), nd07);
    expect(errors.areaType).toBe('selfCheck.area.required');
    expect(errors.monthlyIncomePerCapitaVnd).toBe('selfCheck.income.required');
    expect(Object.keys(errors).filter((k) => k.startsWith('answers.'))).toHaveLength(12);
    expect(errors.incomeScore).toBeUndefined();
  });

  it('asks only for the field of the chosen income mode', () => {
    const byScore = selfCheckErrors(filled({ incomeMode: 'score', monthlyIncomePerCapitaVnd: '' }), nd07);
    expect(byScore).toEqual({ incomeScore: 'selfCheck.income.scoreRequired' });
    expect(selfCheckErrors(filled({ incomeMode: 'score', incomeScore: 120.5 }), nd07)).toEqual({
      incomeScore: 'selfCheck.income.scoreInvalid',
    });
    expect(selfCheckErrors(filled({ monthlyIncomePerCapitaVnd: -5 }), nd07)).toEqual({
      monthlyIncomePerCapitaVnd: 'selfCheck.income.invalid',
    });
  });

  it('falls back to the income when the standard has no scores', () => {
    expect(hasIncomeScores(nd07)).toBe(true);
    expect(hasIncomeScores(qd59)).toBe(false);
    expect(hasIncomeScores(nd351)).toBe(false);
    const oneLineMissing = { ...nd07, thresholds: [nd07.thresholds[0], { ...nd07.thresholds[1], incomeScoreLine: undefined }] };
    expect(hasIncomeScores(oneLineMissing)).toBe(false);
    const errors = selfCheckErrors(filled({ incomeMode: 'score', monthlyIncomePerCapitaVnd: '' }), qd59);
    expect(errors).toEqual({ monthlyIncomePerCapitaVnd: 'selfCheck.income.required' });
  });
});

describe('building the request', () => {
  it('sends the standard, the area, the income and the “yes” answers in the standard’s order', () => {
    const values = filled({ answers: answered(['SANITATION', 'HEALTH_INSURANCE', 'HOUSING_AREA']) });
    expect(buildEvaluationRequest(values, nd07)).toEqual({
      standardCode: 'ND07_2021',
      areaType: 'RURAL',
      monthlyIncomePerCapitaVnd: 1_200_000,
      deprivations: ['HEALTH_INSURANCE', 'HOUSING_AREA', 'SANITATION'],
    });
  });

  it('sends exactly one income field: the score in score mode, even with an income typed earlier', () => {
    const request = buildEvaluationRequest(filled({ incomeMode: 'score', incomeScore: 120 }), nd07);
    expect(request.incomeScore).toBe(120);
    expect(request).not.toHaveProperty('monthlyIncomePerCapitaVnd');
    const byIncome = buildEvaluationRequest(filled({ incomeScore: 120 }), nd07);
    expect(byIncome.monthlyIncomePerCapitaVnd).toBe(1_200_000);
    expect(byIncome).not.toHaveProperty('incomeScore');
  });

  it('never sends a score under a standard without scores', () => {
    const request = buildEvaluationRequest(filled({ incomeMode: 'score', incomeScore: 120 }), qd59);
    expect(request).not.toHaveProperty('incomeScore');
    expect(request.monthlyIncomePerCapitaVnd).toBe(1_200_000);
  });

  it('ignores answers to indicators the standard does not have', () => {
    const answers = { ...answered([], nd351), INFORMATION_ACCESS: 'yes' as const, WASTE_TREATMENT: 'yes' as const };
    expect(buildEvaluationRequest(filled({ answers }), nd351).deprivations).toEqual(['WASTE_TREATMENT']);
  });
});

describe('server pointers', () => {
  const request = buildEvaluationRequest(filled(), nd07);

  it('lead to the question of the deprivation they point at', () => {
    expect(formPathOf('deprivations.1', request)).toBe('answers.HOUSING_AREA');
    expect(formPathOf('deprivations.7', request)).toBeNull();
  });

  it('lead to the area and income inputs, and nowhere for the rest', () => {
    expect(formPathOf('areaType', request)).toBe('areaType');
    expect(formPathOf('monthlyIncomePerCapitaVnd', request)).toBe('monthlyIncomePerCapitaVnd');
    expect(formPathOf('incomeScore', request)).toBe('incomeScore');
    expect(formPathOf('standardCode', request)).toBeNull();
    expect(formPathOf('', request)).toBeNull();
  });
});

it('groups the indicators by dimension in the standard’s order', () => {
  const groups = groupByDimension(nd351.indicators);
  expect(groups.map((g) => g.dimension)).toEqual([
    'EMPLOYMENT',
    'HEALTH',
    'EDUCATION',
    'HOUSING',
    'WATER_SANITATION',
    'INFORMATION',
    'ENVIRONMENT',
  ]);
  expect(groups[0].indicators.map((i) => i.code)).toEqual(['EMPLOYMENT', 'DEPENDANTS']);
});

it('reads unconfirmed paths of the standard', () => {
  expect(parseUnconfirmed('thresholds.RURAL.middleIncomeCeilingVnd')).toEqual({
    kind: 'threshold',
    field: 'middleIncomeCeilingVnd',
    areaType: 'RURAL',
  });
  expect(parseUnconfirmed('indicators.WASTE_TREATMENT')).toEqual({ kind: 'indicator', code: 'WASTE_TREATMENT' });
  expect(parseUnconfirmed('scorePointsPerIndicator')).toEqual({ kind: 'other', path: 'scorePointsPerIndicator' });
});
