import type {
  AreaType,
  AssessmentCreate,
  IndicatorFinding,
  Outcome,
  PovertyStandard,
  PovertyStatus,
} from '@/lib/api/types';
import { parseDisplayDate } from '@/lib/format';

export type IncomeMode = 'income' | 'items';
export type Decision = 'yes' | 'no' | '';

export interface ScoreItemValues {
  /** A stable key for React; not sent. */
  key: string;
  code: string;
  label: string;
  points: number | '';
}

export interface DecisionValues {
  /** "yes" means deprived. */
  deprived: Decision;
  reason: string;
}

/** Forms B1 (income or scored answers) and B2 (every indicator decided) as the form holds them. */
export interface AssessmentValues {
  assessedOn: string;
  reviewerName: string;
  incomeMode: IncomeMode;
  monthlyIncomePerCapitaVnd: number | '';
  incomeScoreItems: ScoreItemValues[];
  decisions: Record<string, DecisionValues>;
  note: string;
}

let itemSerial = 0;
export const newScoreItem = (): ScoreItemValues => ({ key: `item-${(itemSerial += 1)}`, code: '', label: '', points: '' });

/** A decision that follows a definite proposal; unknown ones are left for the reviewer. */
export function proposedDecision(outcome: Outcome): Decision {
  return outcome === 'DEPRIVED' ? 'yes' : outcome === 'NOT_DEPRIVED' ? 'no' : '';
}

export function initialAssessment(findings: IndicatorFinding[], assessedOn: string): AssessmentValues {
  return {
    assessedOn,
    reviewerName: '',
    incomeMode: 'income',
    monthlyIncomePerCapitaVnd: '',
    incomeScoreItems: [newScoreItem()],
    decisions: Object.fromEntries(findings.map((f) => [f.code, { deprived: proposedDecision(f.outcome), reason: '' }])),
    note: '',
  };
}

/** The decision differs from a definite proposal: the reviewer must say why (the override is kept). */
export function isOverride(proposed: Outcome, decision: Decision): boolean {
  if (proposed === 'UNKNOWN' || decision === '') return false;
  return (proposed === 'DEPRIVED') !== (decision === 'yes');
}

/** Whether the standard can classify on form B1's score: it scores deprivations and has a score line everywhere. */
export function isScored(standard: PovertyStandard | undefined): boolean {
  return (
    !!standard &&
    standard.scorePointsPerIndicator != null &&
    standard.thresholds.length > 0 &&
    standard.thresholds.every((t) => t.incomeScoreLine != null)
  );
}

/** The points of the score items that have a number; the server sums them the same way. */
export function scoreTotal(items: ScoreItemValues[]): number {
  return items.reduce((sum, item) => sum + (item.points === '' ? 0 : Number(item.points)), 0);
}

export interface DeprivationTally {
  deprived: number;
  undecided: number;
  total: number;
  /** Score B, where the standard scores deprivations. */
  score: number | null;
}

export function tallyDecisions(values: AssessmentValues, standard: PovertyStandard | undefined): DeprivationTally {
  const decisions = Object.values(values.decisions);
  const deprived = decisions.filter((d) => d.deprived === 'yes').length;
  return {
    deprived,
    undecided: decisions.filter((d) => d.deprived === '').length,
    total: decisions.length,
    score: standard?.scorePointsPerIndicator != null ? deprived * standard.scorePointsPerIndicator : null,
  };
}

export type IncomeInput = { kind: 'monthly'; vnd: number } | { kind: 'score'; points: number };

/**
 * The status the standard gives, as the service computes it (PovertyStandard.classify): a preview
 * only; the answer to the save is the authority. Null when the standard has no line for the area.
 */
export function previewStatus(
  standard: PovertyStandard,
  areaType: AreaType,
  income: IncomeInput,
  deprivations: number,
): PovertyStatus | null {
  const line = standard.thresholds.find((t) => t.areaType === areaType);
  if (!line) return null;
  const byDeprivations: PovertyStatus = deprivations >= standard.deprivationCutoff ? 'POOR' : 'NEAR_POOR';
  if (income.kind === 'score') {
    if (line.incomeScoreLine == null) return null;
    return income.points <= line.incomeScoreLine ? byDeprivations : 'NOT_POOR';
  }
  const middleOrNone = (): PovertyStatus =>
    line.middleIncomeCeilingVnd != null && income.vnd <= line.middleIncomeCeilingVnd ? 'MIDDLE_INCOME' : 'NOT_POOR';
  if (standard.rule === 'INCOME_AND_DEPRIVATION') {
    return income.vnd <= line.povertyLineVnd ? byDeprivations : middleOrNone();
  }
  if (income.vnd <= line.povertyLineVnd) return 'POOR';
  if (line.nearPoorCeilingVnd != null && income.vnd <= line.nearPoorCeilingVnd) return byDeprivations;
  return middleOrNone();
}

/** The income the form holds, when it is complete enough to preview. */
export function incomeOf(values: AssessmentValues, scored: boolean): IncomeInput | null {
  if (values.incomeMode === 'items' && scored) {
    const filled = values.incomeScoreItems.filter((i) => i.points !== '');
    return filled.length > 0 ? { kind: 'score', points: scoreTotal(filled) } : null;
  }
  const vnd = values.monthlyIncomePerCapitaVnd;
  return vnd === '' || vnd < 0 ? null : { kind: 'monthly', vnd };
}

const wholeNumber = (v: number | '') => v !== '' && Number.isInteger(v);

/** Client-side checks as i18n keys by form path. */
export function assessmentErrors(
  values: AssessmentValues,
  findings: IndicatorFinding[],
  scored: boolean,
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const assessedOn = parseDisplayDate(values.assessedOn);
  if (!values.assessedOn.trim()) errors.assessedOn = 'review.validation.required';
  else if (!assessedOn) errors.assessedOn = 'review.validation.date';
  else if (assessedOn > today) errors.assessedOn = 'review.validation.dateInFuture';
  if (!values.reviewerName.trim()) errors.reviewerName = 'review.validation.required';
  if (values.incomeMode === 'items' && scored) {
    if (values.incomeScoreItems.length === 0) errors.incomeScoreItems = 'review.assessment.b1.itemsRequired';
    values.incomeScoreItems.forEach((item, i) => {
      if (!item.code.trim()) errors[`incomeScoreItems.${i}.code`] = 'review.validation.required';
      if (item.points === '') errors[`incomeScoreItems.${i}.points`] = 'review.validation.required';
      else if (!wholeNumber(item.points) || item.points < -500 || item.points > 500)
        errors[`incomeScoreItems.${i}.points`] = 'review.assessment.b1.pointsRange';
    });
    if (!errors.incomeScoreItems && values.incomeScoreItems.length > 0 && scoreTotal(values.incomeScoreItems) < 0) {
      errors.incomeScoreItems = 'review.assessment.b1.negativeTotal';
    }
  } else if (values.monthlyIncomePerCapitaVnd === '') {
    errors.monthlyIncomePerCapitaVnd = 'review.validation.required';
  } else if (!wholeNumber(values.monthlyIncomePerCapitaVnd) || values.monthlyIncomePerCapitaVnd < 0) {
    errors.monthlyIncomePerCapitaVnd = 'review.validation.wholeNumber';
  }
  for (const finding of findings) {
    const decision = values.decisions[finding.code];
    if (!decision || decision.deprived === '') {
      errors[`decisions.${finding.code}.deprived`] = 'review.assessment.b2.decide';
    } else if (isOverride(finding.outcome, decision.deprived) && !decision.reason.trim()) {
      errors[`decisions.${finding.code}.reason`] = 'review.assessment.b2.reasonRequired';
    }
  }
  return errors;
}

/**
 * The request: exactly one income (per the mode), every indicator of the standard in the order
 * proposed, with a reason only where one was written.
 */
export function buildAssessmentRequest(
  values: AssessmentValues,
  caseId: string,
  findings: IndicatorFinding[],
  scored: boolean,
): AssessmentCreate {
  const request: AssessmentCreate = {
    caseId,
    assessedOn: parseDisplayDate(values.assessedOn) ?? values.assessedOn,
    reviewerName: values.reviewerName.trim(),
    indicators: findings.map((f) => {
      const decision = values.decisions[f.code];
      const reason = decision?.reason.trim();
      return { code: f.code, deprived: decision?.deprived === 'yes', ...(reason ? { reason } : {}) };
    }),
  };
  if (values.incomeMode === 'items' && scored) {
    request.incomeScoreItems = values.incomeScoreItems.map((item) => ({
      code: item.code.trim(),
      ...(item.label.trim() ? { label: item.label.trim() } : {}),
      points: Number(item.points),
    }));
  } else {
    request.monthlyIncomePerCapitaVnd = Number(values.monthlyIncomePerCapitaVnd);
  }
  if (values.note.trim()) request.note = values.note.trim();
  return request;
}

const PLAIN_FIELDS = ['assessedOn', 'reviewerName', 'monthlyIncomePerCapitaVnd', 'incomeScoreItems', 'note'];

/**
 * A server path of the request as the form's path: "indicators.3.reason" is the reason of the
 * fourth indicator sent; "incomeScore" (a score the form never sends alone) is the items' total.
 * Null when no input matches; the alert lists those.
 */
export function assessmentFormPath(serverPath: string, request: AssessmentCreate | null): string | null {
  const indicator = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(serverPath);
  if (indicator) {
    const code = request?.indicators[Number(indicator[1])]?.code;
    if (!code) return null;
    return indicator[2] === 'reason' ? `decisions.${code}.reason` : `decisions.${code}.deprived`;
  }
  const item = /^incomeScoreItems\.(\d+)\.(code|label|points)$/.exec(serverPath);
  if (item) return serverPath;
  if (serverPath === 'incomeScore') return request?.incomeScoreItems ? 'incomeScoreItems' : null;
  return PLAIN_FIELDS.includes(serverPath) ? serverPath : null;
}
