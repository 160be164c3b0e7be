import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { EntitlementState, ProgramKind } from '@/lib/api/types';
import { nextSteps, STEPS, stepBody, stepFields, stepFormPath, stepLabelKey, validateStep, type StepValues } from './step-form';

const blank: StepValues = {
  step: '',
  occurredOn: '10/11/2026',
  cardNumber: '',
  cardValidFrom: '',
  cardValidTo: '',
  amountVnd: '',
  repaymentStatus: '',
  note: '',
};
const TODAY = '2026-11-26';

describe('the steps offered (benefit/domain/Step.java, EntitlementState.java)', () => {
  it.each([
    ['HEALTH_INSURANCE', 'ELIGIBLE', ['REQUESTED', 'FULFILLED', 'REVOKED']],
    ['HEALTH_INSURANCE', 'REQUESTED', ['FULFILLED', 'REVOKED']],
    ['HEALTH_INSURANCE', 'FULFILLED', ['REVOKED']],
    ['LOAN', 'ELIGIBLE', ['REQUESTED', 'ENROLLED', 'FULFILLED', 'REVOKED']],
    ['LOAN', 'ENROLLED', ['FULFILLED', 'REVOKED']],
    ['LOAN', 'FULFILLED', ['REPAYMENT', 'REVOKED']],
    ['VOCATIONAL_TRAINING', 'REQUESTED', ['ENROLLED', 'FULFILLED', 'REVOKED']],
    ['VOCATIONAL_TRAINING', 'FULFILLED', ['EMPLOYED', 'REVOKED']],
    ['EDUCATION', 'ELIGIBLE', ['REQUESTED', 'ENROLLED', 'FULFILLED', 'REVOKED']],
    ['NUTRITION', 'ENROLLED', ['FULFILLED', 'REVOKED']],
    ['HEALTH_INSURANCE', 'EXPIRED', []],
    ['LOAN', 'REVOKED', []],
    ['ACTIVITY', 'ELIGIBLE', []],
  ] as [ProgramKind, EntitlementState, string[]][])('%s in state %s: %j', (kind, state, expected) => {
    expect(nextSteps({ kind, state })).toEqual(expected);
  });

  it('asks for work after training only once', () => {
    expect(nextSteps({ kind: 'VOCATIONAL_TRAINING', state: 'FULFILLED', employedAfter: true })).toEqual(['REVOKED']);
  });

  it('has a name for every step of every kind, in both languages', () => {
    for (const kind of ['HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING', 'EDUCATION', 'NUTRITION'] as ProgramKind[]) {
      for (const step of STEPS) {
        expect(i18n.exists(stepLabelKey(kind, step), { lng: 'vi' }), `${kind} ${step}`).toBe(true);
        expect(i18n.exists(stepLabelKey(kind, step), { lng: 'en' }), `${kind} ${step}`).toBe(true);
      }
    }
    expect(i18n.t(stepLabelKey('HEALTH_INSURANCE', 'FULFILLED'), { lng: 'vi' })).toBe('Cấp thẻ bảo hiểm y tế');
    expect(i18n.t(stepLabelKey('LOAN', 'FULFILLED'), { lng: 'vi' })).toBe('Giải ngân');
  });
});

describe('the facts each step needs', () => {
  it.each([
    ['FULFILLED', 'HEALTH_INSURANCE', ['cardNumber', 'cardValidFrom', 'cardValidTo']],
    ['ENROLLED', 'LOAN', ['amountVnd']],
    ['FULFILLED', 'LOAN', ['amountVnd']],
    ['REPAYMENT', 'LOAN', ['repaymentStatus']],
    ['REVOKED', 'HEALTH_INSURANCE', ['note']],
    ['FULFILLED', 'VOCATIONAL_TRAINING', []],
    ['EMPLOYED', 'VOCATIONAL_TRAINING', []],
    ['REQUESTED', 'LOAN', []],
  ] as const)('%s of %s requires %j', (step, kind, required) => {
    expect(stepFields(step, kind).required).toEqual(required);
    expect(stepFields(step, kind).fields).toContain('note');
  });

  it('refuses a card without its number and validity, a malformed number and an end before the start', () => {
    const card = { ...blank, step: 'FULFILLED' as const };
    expect(validateStep(card, 'HEALTH_INSURANCE', { today: TODAY })).toEqual({
      cardNumber: 'benefits.validation.required',
      cardValidFrom: 'benefits.validation.required',
      cardValidTo: 'benefits.validation.required',
    });
    expect(
      validateStep({ ...card, cardNumber: 'hn48', cardValidFrom: '01/01/2027', cardValidTo: '31/12/2026' }, 'HEALTH_INSURANCE', {
        today: TODAY,
      }),
    ).toEqual({ cardNumber: 'benefits.validation.cardNumber', cardValidTo: 'benefits.validation.cardValidTo' });
    expect(
      validateStep(
        { ...card, cardNumber: 'HN4878712345678', cardValidFrom: '01/12/2026', cardValidTo: '31/12/2027' },
        'HEALTH_INSURANCE',
        { today: TODAY },
      ),
    ).toEqual({});
  });

  it('keeps a loan within the program’s cap and above zero', () => {
    const approval = { ...blank, step: 'ENROLLED' as const };
    expect(validateStep(approval, 'LOAN', { today: TODAY })).toEqual({ amountVnd: 'benefits.validation.required' });
    expect(validateStep({ ...approval, amountVnd: 120_000_000 }, 'LOAN', { today: TODAY, amountCapVnd: 100_000_000 })).toEqual({
      amountVnd: 'benefits.validation.aboveCap',
    });
    expect(validateStep({ ...approval, amountVnd: 0 }, 'LOAN', { today: TODAY })).toEqual({ amountVnd: 'benefits.validation.amount' });
    expect(validateStep({ ...approval, amountVnd: 50_000_000 }, 'LOAN', { today: TODAY, amountCapVnd: 100_000_000 })).toEqual({});
  });

  it('needs a real day not after today, a chosen step, a reason to revoke', () => {
    expect(validateStep(blank, 'LOAN', { today: TODAY })).toEqual({ step: 'benefits.validation.chooseStep' });
    const enrolled = { ...blank, step: 'ENROLLED' as const };
    expect(validateStep({ ...enrolled, occurredOn: '31/02/2026' }, 'VOCATIONAL_TRAINING', { today: TODAY })).toEqual({
      occurredOn: 'benefits.validation.date',
    });
    expect(validateStep({ ...enrolled, occurredOn: '27/11/2026' }, 'VOCATIONAL_TRAINING', { today: TODAY })).toEqual({
      occurredOn: 'benefits.validation.dateInFuture',
    });
    expect(validateStep({ ...blank, step: 'REVOKED', note: '  ' }, 'LOAN', { today: TODAY })).toEqual({
      note: 'benefits.validation.required',
    });
  });

  it('sends only the facts the step shows, dates in ISO, the card number in capitals', () => {
    const values: StepValues = {
      ...blank,
      step: 'FULFILLED',
      cardNumber: ' hn4878712345678 ',
      cardValidFrom: '01/12/2026',
      cardValidTo: '31/12/2027',
      amountVnd: 5,
      note: ' Cấp tại xã ',
    };
    expect(stepBody(values, 'HEALTH_INSURANCE')).toEqual({
      step: 'FULFILLED',
      occurredOn: '2026-11-10',
      cardNumber: 'HN4878712345678',
      cardValidFrom: '2026-12-01',
      cardValidTo: '2027-12-31',
      note: 'Cấp tại xã',
    });
    expect(stepBody({ ...blank, step: 'REPAYMENT', repaymentStatus: 'OVERDUE', cardNumber: 'X' }, 'LOAN')).toEqual({
      step: 'REPAYMENT',
      occurredOn: '2026-11-10',
      repaymentStatus: 'OVERDUE',
    });
  });

  it('places the API’s field errors beside their inputs; the step itself goes to the alert', () => {
    expect(stepFormPath('cardNumber')).toBe('cardNumber');
    expect(stepFormPath('amountVnd')).toBe('amountVnd');
    expect(stepFormPath('step')).toBeNull();
    expect(stepFormPath('')).toBeNull();
  });
});
