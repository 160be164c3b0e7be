import type {
  AreaType,
  PovertyEvaluationRequest,
  PovertyIndicator,
  PovertyStandard,
  PovertyThreshold,
} from '@/lib/api/types';

/** The standard used when none covers today (the 2022–2025 standard, extended through 2026). */
export const FALLBACK_STANDARD = 'ND07_2021';

/** The district whose communes the area picker lists (Hồng Ngự). */
export const DISTRICT_CODE = '870';

export type IncomeMode = 'income' | 'score';
export type Answer = 'yes' | 'no' | '';

export interface SelfCheckValues {
  /** A commune picked from the list, or '' when the household chose the area type itself. */
  communeCode: string;
  areaType: AreaType | '';
  incomeMode: IncomeMode;
  monthlyIncomePerCapitaVnd: number | '';
  incomeScore: number | '';
  /** Yes/no per indicator code; "yes" means the household is deprived on it. */
  answers: Record<string, Answer>;
}

export function emptyValues(standard?: PovertyStandard): SelfCheckValues {
  return {
    communeCode: '',
    areaType: '',
    incomeMode: 'income',
    monthlyIncomePerCapitaVnd: '',
    incomeScore: '',
    answers: Object.fromEntries((standard?.indicators ?? []).map((i) => [i.code, ''])),
  };
}

/** The standard whose validity covers the date; otherwise the 2022–2025 one; otherwise none. */
export function standardInForce(standards: PovertyStandard[], today: string): PovertyStandard | undefined {
  const covering = standards
    .filter((s) => s.validFrom <= today && (!s.validTo || today <= s.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return covering[0] ?? standards.find((s) => s.code === FALLBACK_STANDARD);
}

/**
 * Whether the standard can classify on a B1 score (điểm A) instead of an income: it scores
 * deprivations and has a score line for every area type (as the service decides).
 */
export function hasIncomeScores(standard: PovertyStandard | undefined): boolean {
  return (
    !!standard &&
    standard.scorePointsPerIndicator != null &&
    standard.thresholds.length > 0 &&
    standard.thresholds.every((t) => t.incomeScoreLine != null)
  );
}

export function thresholdFor(standard: PovertyStandard | undefined, areaType: AreaType | ''): PovertyThreshold | undefined {
  return areaType ? standard?.thresholds.find((t) => t.areaType === areaType) : undefined;
}

/**
 * Monthly income per person from the household's total monthly income and its size, in whole
 * đồng (rounded); null unless the total is a non-negative number and the size a whole number ≥ 1.
 */
export function incomePerPerson(total: number | string | null | undefined, people: number | string | null | undefined): number | null {
  if (total === '' || total === null || total === undefined) return null;
  if (people === '' || people === null || people === undefined) return null;
  const t = Number(total);
  const n = Number(people);
  if (!Number.isFinite(t) || t < 0 || !Number.isInteger(n) || n < 1) return null;
  return Math.round(t / n);
}

export interface DimensionGroup {
  /** EMPLOYMENT, HEALTH, EDUCATION, HOUSING, WATER_SANITATION, INFORMATION or ENVIRONMENT. */
  dimension: string;
  indicators: PovertyIndicator[];
}

/** The standard's indicators by dimension, in the order the standard lists them. */
export function groupByDimension(indicators: PovertyIndicator[]): DimensionGroup[] {
  const groups: DimensionGroup[] = [];
  for (const indicator of indicators) {
    const group = groups.find((g) => g.dimension === indicator.dimension);
    if (group) group.indicators.push(indicator);
    else groups.push({ dimension: indicator.dimension, indicators: [indicator] });
  }
  return groups;
}

const isWholeNonNegative = (value: number | '') => value !== '' && Number.isInteger(value) && value >= 0;

/**
 * Client-side checks, as i18n keys by form path: an area, exactly the income of the chosen mode,
 * and a yes/no answer to every question of the standard.
 */
export function selfCheckErrors(values: SelfCheckValues, standard: PovertyStandard): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.areaType) errors.areaType = 'selfCheck.area.required';
  if (values.incomeMode === 'score' && hasIncomeScores(standard)) {
    if (values.incomeScore === '') errors.incomeScore = 'selfCheck.income.scoreRequired';
    else if (!isWholeNonNegative(values.incomeScore)) errors.incomeScore = 'selfCheck.income.scoreInvalid';
  } else if (values.monthlyIncomePerCapitaVnd === '') {
    errors.monthlyIncomePerCapitaVnd = 'selfCheck.income.required';
  } else if (!isWholeNonNegative(values.monthlyIncomePerCapitaVnd)) {
    errors.monthlyIncomePerCapitaVnd = 'selfCheck.income.invalid';
  }
  for (const indicator of standard.indicators) {
    const answer = values.answers[indicator.code];
    if (answer !== 'yes' && answer !== 'no') errors[`answers.${indicator.code}`] = 'selfCheck.questions.required';
  }
  return errors;
}

/**
 * The evaluation request: the standard the questions came from, the area, exactly one income
 * field (per the chosen mode) and the indicators answered "yes", in the standard's order.
 */
export function buildEvaluationRequest(values: SelfCheckValues, standard: PovertyStandard): PovertyEvaluationRequest {
  if (!values.areaType) throw new Error('area type missing');
  const deprivations = standard.indicators.filter((i) => values.answers[i.code] === 'yes').map((i) => i.code);
  const useScore = values.incomeMode === 'score' && hasIncomeScores(standard);
  const request: PovertyEvaluationRequest = { standardCode: standard.code, areaType: values.areaType, deprivations };
  if (useScore) request.incomeScore = Number(values.incomeScore);
  else request.monthlyIncomePerCapitaVnd = Number(values.monthlyIncomePerCapitaVnd);
  return request;
}

/**
 * The form path a server pointer (as a dotted path) belongs to: "deprivations.1" is the question
 * of the second deprivation sent. Null when no input matches; the alert shows those.
 */
export function formPathOf(serverPath: string, request: PovertyEvaluationRequest | null): string | null {
  const deprivation = /^deprivations\.(\d+)$/.exec(serverPath);
  if (deprivation) {
    const code = request?.deprivations[Number(deprivation[1])];
    return code ? `answers.${code}` : null;
  }
  if (serverPath === 'areaType' || serverPath === 'monthlyIncomePerCapitaVnd' || serverPath === 'incomeScore') {
    return serverPath;
  }
  return null;
}
