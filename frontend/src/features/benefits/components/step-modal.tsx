import { useEffect } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField, ProblemAlert } from '@/components';
import type { EntitlementState, ProgramKind, Step } from '@/lib/api/types';
import { formatDate, formatVnd, todayIso } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useRecordEntitlementStep } from '../api/record-entitlement-step';
import {
  nextSteps,
  REPAYMENT_STATUSES,
  stepBody,
  stepFields,
  stepFormPath,
  stepLabelKey,
  validateStep,
  type StepValues,
} from '../step-form';
import { useServerErrors } from './use-server-errors';

/** What the form needs to know of an entitlement; a list row or a household's full record both have it. */
export interface StepTarget {
  id: string;
  programName: string;
  kind: ProgramKind;
  state: EntitlementState;
  /** The person, or the household's code for a household entitlement. */
  subject: string;
  validFrom: string;
  validTo?: string | null;
  amountCapVnd?: number | null;
  employedAfter?: boolean | null;
}

function initialValues(target: StepTarget | null): StepValues {
  const steps = target ? nextSteps(target) : [];
  return {
    step: steps[0] ?? '',
    occurredOn: formatDate(todayIso()),
    cardNumber: '',
    // a card is issued for the entitlement's period: prefilled, editable
    cardValidFrom: target ? formatDate(target.validFrom > todayIso() ? target.validFrom : todayIso()) : '',
    cardValidTo: target?.validTo ? formatDate(target.validTo) : '',
    amountVnd: '',
    repaymentStatus: '',
    note: '',
  };
}

/** Records the next step of an entitlement with the facts that step needs (offices without an integration). */
export function StepModal({ target, onClose }: { target: StepTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const record = useRecordEntitlementStep();
  const form = useForm<StepValues>({
    initialValues: initialValues(target),
    validate: (values) => {
      if (!target) return {};
      const errors = validateStep(values, target.kind, { today: todayIso(), amountCapVnd: target.amountCapVnd });
      return Object.fromEntries(
        Object.entries(errors).map(([field, key]) => [
          field,
          t(key as string, { amount: formatVnd(target.amountCapVnd ?? null, language) }),
        ]),
      );
    },
  });
  useEffect(() => {
    if (target) {
      form.setValues(initialValues(target));
      form.clearErrors();
      record.reset();
    }
  }, [target?.id, target?.state]);
  const { problem, otherMessages } = useServerErrors(form, record.error, stepFormPath);
  if (!target) return null;

  const steps = nextSteps(target);
  const step = form.values.step as Step | '';
  const { fields, required } = step ? stepFields(step, target.kind) : { fields: [], required: [] };
  const illegal = problem?.code === 'ILLEGAL_TRANSITION';
  const label = (s: Step) => t(stepLabelKey(target.kind, s));

  const submit = (values: StepValues) =>
    record.mutate(
      { entitlementId: target.id, body: stepBody(values, target.kind) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('benefits.step.done', { step: label(values.step as Step) }) });
          onClose();
        },
      },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('benefits.step.title')}
      size="lg"
    >
      <form noValidate onSubmit={form.onSubmit(submit)} data-testid="step-form">
        <Stack gap="md">
          <Text size="sm">
            {target.programName} — <strong>{target.subject}</strong>
            <br />
            {t('benefits.step.currentState', { state: t(`benefits.states.${target.state}`) })}
          </Text>
          {illegal ? (
            <Alert color="orange" variant="light" role="alert" title={t('benefits.step.illegalTitle')} data-problem-code="ILLEGAL_TRANSITION">
              <Text size="sm">{t('benefits.step.illegalText')}</Text>
              {problem.problem.detail && (
                <Text size="xs" c="gray.7" mt={4}>
                  {problem.problem.detail}
                </Text>
              )}
            </Alert>
          ) : (
            problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />
          )}
          {steps.length === 0 ? (
            <Text size="sm">{t('benefits.step.noSteps')}</Text>
          ) : (
            <>
              <NativeSelect
                label={t('benefits.step.step')}
                required
                data={steps.map((s) => ({ value: s, label: label(s) }))}
                {...form.getInputProps('step')}
                onChange={(e) => {
                  form.setFieldValue('step', e.currentTarget.value as Step);
                  form.clearErrors();
                  record.reset();
                }}
              />
              <DateField label={t('benefits.step.occurredOn')} required {...form.getInputProps('occurredOn')} w={200} />
              {fields.includes('cardNumber') && (
                <TextInput
                  label={t('benefits.step.cardNumber')}
                  description={t('benefits.step.cardNumberHint')}
                  required={required.includes('cardNumber')}
                  autoComplete="off"
                  maxLength={15}
                  {...form.getInputProps('cardNumber')}
                  onChange={(e) => form.setFieldValue('cardNumber', e.currentTarget.value.toUpperCase())}
                />
              )}
              {fields.includes('cardValidFrom') && (
                <Group grow align="flex-start">
                  <DateField
                    label={t('benefits.step.cardValidFrom')}
                    required={required.includes('cardValidFrom')}
                    {...form.getInputProps('cardValidFrom')}
                  />
                  <DateField
                    label={t('benefits.step.cardValidTo')}
                    required={required.includes('cardValidTo')}
                    {...form.getInputProps('cardValidTo')}
                  />
                </Group>
              )}
              {fields.includes('amountVnd') && (
                <NumberInput
                  label={t(step === 'ENROLLED' ? 'benefits.step.amountApproved' : 'benefits.step.amountDisbursed')}
                  description={
                    target.amountCapVnd != null
                      ? t('benefits.step.amountCap', { amount: formatVnd(target.amountCapVnd, language) })
                      : undefined
                  }
                  required={required.includes('amountVnd')}
                  min={1}
                  step={1_000_000}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={language === 'vi' ? '.' : ','}
                  decimalSeparator={language === 'vi' ? ',' : '.'}
                  {...form.getInputProps('amountVnd')}
                />
              )}
              {fields.includes('repaymentStatus') && (
                <NativeSelect
                  label={t('benefits.step.repaymentStatus')}
                  required
                  data={[
                    { value: '', label: t('common.choose') },
                    ...REPAYMENT_STATUSES.map((s) => ({ value: s, label: t(`benefits.repayment.${s}`) })),
                  ]}
                  {...form.getInputProps('repaymentStatus')}
                />
              )}
              <Textarea
                label={t(step === 'REVOKED' ? 'benefits.step.reason' : 'benefits.step.note')}
                required={required.includes('note')}
                autosize
                minRows={2}
                maxLength={300}
                {...form.getInputProps('note')}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {steps.length > 0 && (
              <Button type="submit" loading={record.isPending} disabled={illegal}>
                {t('benefits.step.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
