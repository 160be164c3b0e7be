import type { EntitlementState, EntitlementStep, ProgramKind, RepaymentStatus, Step } from '@/lib/api/types';
import { parseDisplayDate } from '@/lib/format';

/*
 * The manual fulfilment rules, mirroring the service's (benefit/domain/Step.java and EntitlementState.java): which
 * steps a program has, which follow from a state, and which facts each needs. The answer of the API stays the
 * authority; these only decide what the form offers and asks for.
 */

export const STEPS: readonly Step[] = ['REQUESTED', 'ENROLLED', 'FULFILLED', 'REPAYMENT', 'EMPLOYED', 'REVOKED'];
export const REPAYMENT_STATUSES: readonly RepaymentStatus[] = ['ON_TIME', 'OVERDUE', 'REPAID'];

const STEP_PROGRAMS: Record<Step, readonly ProgramKind[]> = {
  REQUESTED: ['HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION'],
  ENROLLED: ['LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION'],
  FULFILLED: ['HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION'],
  REPAYMENT: ['LOAN'],
  EMPLOYED: ['VOCATIONAL_TRAINING'],
  REVOKED: ['HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION'],
};

/** States a step may lead to from each state: forward only, the two ends final. */
const NEXT: Record<EntitlementState, readonly EntitlementState[]> = {
  ELIGIBLE: ['REQUESTED', 'ENROLLED', 'FULFILLED', 'EXPIRED', 'REVOKED'],
  REQUESTED: ['ENROLLED', 'FULFILLED', 'EXPIRED', 'REVOKED'],
  ENROLLED: ['FULFILLED', 'EXPIRED', 'REVOKED'],
  FULFILLED: ['EXPIRED', 'REVOKED'],
  EXPIRED: [],
  REVOKED: [],
};

export interface StepSubject {
  state: EntitlementState;
  kind: ProgramKind;
  employedAfter?: boolean | null;
}

/** The steps an office may record next on an entitlement, in the order of its way. */
export function nextSteps({ state, kind, employedAfter }: StepSubject): Step[] {
  return STEPS.filter((step) => {
    if (!STEP_PROGRAMS[step].includes(kind)) return false;
    if (step === 'REPAYMENT') return state === 'FULFILLED';
    if (step === 'EMPLOYED') return state === 'FULFILLED' && !employedAfter;
    return NEXT[state].includes(step as EntitlementState);
  });
}

export type StepField = 'cardNumber' | 'cardValidFrom' | 'cardValidTo' | 'amountVnd' | 'repaymentStatus' | 'note';

/** The inputs a step shows besides its date; `required` lists those it cannot go without. */
export function stepFields(step: Step, kind: ProgramKind): { fields: StepField[]; required: StepField[] } {
  if (step === 'FULFILLED' && kind === 'HEALTH_INSURANCE') {
    const card: StepField[] = ['cardNumber', 'cardValidFrom', 'cardValidTo'];
    return { fields: [...card, 'note'], required: card };
  }
  if (kind === 'LOAN' && (step === 'ENROLLED' || step === 'FULFILLED')) {
    return { fields: ['amountVnd', 'note'], required: ['amountVnd'] };
  }
  if (step === 'REPAYMENT') return { fields: ['repaymentStatus', 'note'], required: ['repaymentStatus'] };
  if (step === 'REVOKED') return { fields: ['note'], required: ['note'] };
  return { fields: ['note'], required: [] };
}

/** The i18n key of a step's name for a program kind ("Cấp thẻ BHYT", "Giải ngân", "Hoàn thành khóa học"). */
export function stepLabelKey(kind: ProgramKind, step: Step): string {
  return `benefits.steps.${kind}.${step}`;
}

export interface StepValues {
  step: Step | '';
  occurredOn: string;
  cardNumber: string;
  cardValidFrom: string;
  cardValidTo: string;
  amountVnd: number | '';
  repaymentStatus: RepaymentStatus | '';
  note: string;
}

export const CARD_NUMBER = /^[A-Z0-9]{10,15}$/;

/** Errors as i18n keys by field; empty when the form may be sent. */
export function validateStep(
  values: StepValues,
  kind: ProgramKind,
  { today, amountCapVnd }: { today: string; amountCapVnd?: number | null },
): Partial<Record<keyof StepValues, string>> {
  const errors: Partial<Record<keyof StepValues, string>> = {};
  if (!values.step) {
    errors.step = 'benefits.validation.chooseStep';
    return errors;
  }
  const occurredOn = parseDisplayDate(values.occurredOn);
  if (!values.occurredOn.trim()) errors.occurredOn = 'benefits.validation.required';
  else if (!occurredOn) errors.occurredOn = 'benefits.validation.date';
  else if (occurredOn > today) errors.occurredOn = 'benefits.validation.dateInFuture';

  const { fields, required } = stepFields(values.step, kind);
  const blank = (field: StepField) => {
    const value = values[field];
    return value === '' || (typeof value === 'string' && value.trim() === '');
  };
  for (const field of required) {
    if (blank(field)) errors[field] = 'benefits.validation.required';
  }
  if (fields.includes('cardNumber') && !blank('cardNumber') && !CARD_NUMBER.test(values.cardNumber.trim())) {
    errors.cardNumber = 'benefits.validation.cardNumber';
  }
  let from: string | null = null;
  let to: string | null = null;
  if (fields.includes('cardValidFrom') && !blank('cardValidFrom')) {
    from = parseDisplayDate(values.cardValidFrom);
    if (!from) errors.cardValidFrom = 'benefits.validation.date';
  }
  if (fields.includes('cardValidTo') && !blank('cardValidTo')) {
    to = parseDisplayDate(values.cardValidTo);
    if (!to) errors.cardValidTo = 'benefits.validation.date';
  }
  if (from && to && to < from) errors.cardValidTo = 'benefits.validation.cardValidTo';
  if (fields.includes('amountVnd') && values.amountVnd !== '') {
    if (!Number.isInteger(values.amountVnd) || values.amountVnd <= 0) errors.amountVnd = 'benefits.validation.amount';
    else if (amountCapVnd != null && values.amountVnd > amountCapVnd) errors.amountVnd = 'benefits.validation.aboveCap';
  }
  if (values.note.length > 300) errors.note = 'benefits.validation.noteTooLong';
  return errors;
}

/** The request for a step: only the facts its inputs show, dates in ISO. */
export function stepBody(values: StepValues, kind: ProgramKind): EntitlementStep {
  if (!values.step) throw new Error('no step chosen');
  const { fields } = stepFields(values.step, kind);
  const body: EntitlementStep = {
    step: values.step,
    occurredOn: parseDisplayDate(values.occurredOn) ?? values.occurredOn,
  };
  if (fields.includes('cardNumber')) body.cardNumber = values.cardNumber.trim().toUpperCase();
  if (fields.includes('cardValidFrom')) body.cardValidFrom = parseDisplayDate(values.cardValidFrom) ?? values.cardValidFrom;
  if (fields.includes('cardValidTo')) body.cardValidTo = parseDisplayDate(values.cardValidTo) ?? values.cardValidTo;
  if (fields.includes('amountVnd') && values.amountVnd !== '') body.amountVnd = values.amountVnd;
  if (fields.includes('repaymentStatus') && values.repaymentStatus) body.repaymentStatus = values.repaymentStatus;
  if (values.note.trim()) body.note = values.note.trim();
  return body;
}

/** Where the API's errors[].pointer lands in the form; null for those without an input (the alert lists them). */
export function stepFormPath(serverPath: string): keyof StepValues | null {
  const known: (keyof StepValues)[] = [
    'occurredOn',
    'cardNumber',
    'cardValidFrom',
    'cardValidTo',
    'amountVnd',
    'repaymentStatus',
    'note',
  ];
  return (known as string[]).includes(serverPath) ? (serverPath as keyof StepValues) : null;
}
