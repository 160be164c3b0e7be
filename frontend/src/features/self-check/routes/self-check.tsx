import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import { todayIso } from '@/lib/format';
import {
  isRateLimited,
  partitionFieldMessages,
  problemFieldMessages,
  toProblemError,
  type FieldMessage,
} from '@/lib/problem';
import { useEvaluatePoverty } from '../api/evaluate-poverty';
import { usePovertyStandards } from '../api/get-poverty-standards';
import type { PovertyEvaluation, PovertyEvaluationRequest, PovertyStandard } from '@/lib/api/types';
import { AreaFieldset } from '../components/area-fieldset';
import { EvaluationResult } from '../components/evaluation-result';
import { IncomeFieldset } from '../components/income-fieldset';
import { IndicatorQuestions } from '../components/indicator-questions';
import classes from '../components/self-check.module.css';
import {
  buildEvaluationRequest,
  emptyValues,
  formPathOf,
  selfCheckErrors,
  standardInForce,
  type SelfCheckValues,
} from '../model';

/** Focuses the first input (or answer of a question) that carries an error. */
function focusFirstInvalid(): void {
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>(
      '#self-check-form [aria-invalid="true"], #self-check-form [data-has-error="true"] input',
    );
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }, 0);
}

interface Outcome {
  request: PovertyEvaluationRequest;
  evaluation: PovertyEvaluation;
}

function SelfCheckForm({ standard }: { standard: PovertyStandard }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sent, setSent] = useState<PovertyEvaluationRequest | null>(null);
  const [invalidCount, setInvalidCount] = useState(0);
  const focusResult = useRef(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const evaluation = useEvaluatePoverty();

  const form = useForm<SelfCheckValues>({
    initialValues: emptyValues(standard),
    validate: (values) =>
      Object.fromEntries(Object.entries(selfCheckErrors(values, standard)).map(([path, key]) => [path, t(key)])),
    clearInputErrorOnChange: true,
    onValuesChange: () => {
      setOutcome(null);
      setInvalidCount(0);
      evaluation.reset();
    },
  });

  const evaluate = (request: PovertyEvaluationRequest, focus: boolean) => {
    setSent(request);
    focusResult.current = focus;
    evaluation.mutate(request, { onSuccess: (result) => setOutcome({ request, evaluation: result }) });
  };

  // The explanation comes in the request's language: ask again when the language changes.
  const language = i18n.resolvedLanguage;
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    shownLanguage.current = language;
    if (outcome) evaluate(outcome.request, false);
  }, [language]);

  useEffect(() => {
    if (outcome && focusResult.current) {
      focusResult.current = false;
      resultHeading.current?.focus();
      resultHeading.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    }
  }, [outcome]);

  // Server problems: pointers with an input go beside it, the rest into the alert.
  const problem = evaluation.error ? toProblemError(evaluation.error) : null;
  const { fields, other } = useMemo(() => {
    if (!problem) return { fields: {} as Record<string, string>, other: [] as FieldMessage[] };
    const messages = problemFieldMessages(problem, t).map((m) => ({ ...m, path: formPathOf(m.path, sent) ?? m.path }));
    const withInput = (path: string) =>
      path === 'areaType' ||
      path.startsWith('answers.') ||
      ((path === 'monthlyIncomePerCapitaVnd' || path === 'incomeScore') && sent !== null && sent[path] !== undefined);
    return partitionFieldMessages(messages, withInput);
  }, [evaluation.error, t]);
  useEffect(() => {
    if (Object.keys(fields).length > 0) {
      form.setErrors(fields);
      focusFirstInvalid();
    }
  }, [fields]);

  const submit = form.onSubmit(
    (values) => {
      setInvalidCount(0);
      evaluate(buildEvaluationRequest(values, standard), true);
    },
    (errors) => {
      setInvalidCount(Object.keys(errors).length);
      focusFirstInvalid();
    },
  );

  const status = outcome ? t(`selfCheck.result.status.${outcome.evaluation.status}`) : '';

  return (
    <Stack gap="lg">
      <form id="self-check-form" className={classes.form} noValidate onSubmit={submit}>
        <Stack gap="lg">
          <AreaFieldset form={form} />
          <IncomeFieldset form={form} standard={standard} />
          <IndicatorQuestions form={form} standard={standard} />
          {invalidCount > 0 && (
            <Alert color="red" variant="light" role="alert">
              {t('selfCheck.page.fixErrors', { count: invalidCount })}
            </Alert>
          )}
          {problem && (
            <Stack gap={4}>
              <ProblemAlert error={problem} fieldMessages={other} />
              {isRateLimited(problem) && problem.retryAfterSeconds !== undefined && (
                <Text size="sm" c="red.9" fw={600}>
                  {t('selfCheck.page.retryAfter', { seconds: problem.retryAfterSeconds })}
                </Text>
              )}
            </Stack>
          )}
          <Group>
            <Button type="submit" size="lg" loading={evaluation.isPending} w={{ base: '100%', xs: 'auto' }} miw={240}>
              {t('selfCheck.page.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Box role="status" aria-live="polite" className="visually-hidden" data-testid="self-check-announcement">
        {status ? t('selfCheck.result.announce', { status }) : ''}
      </Box>
      {outcome && (
        <EvaluationResult
          request={outcome.request}
          evaluation={outcome.evaluation}
          standard={standard}
          headingRef={resultHeading}
          onChangeAnswers={() => {
            const first = document.querySelector<HTMLElement>('#self-check-form input');
            first?.focus();
            first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
          }}
        />
      )}
    </Stack>
  );
}

/** The public self-check: a household answers a few questions and sees its likely status and why. */
export function SelfCheckRoute() {
  const { t, i18n } = useTranslation();
  const standards = usePovertyStandards(i18n.resolvedLanguage ?? 'vi');
  const standard = standards.data ? standardInForce(standards.data.items, todayIso()) : undefined;

  let body;
  if (standards.isPending) body = <LoadingState />;
  else if (standards.isError && !standards.data)
    body = <ProblemAlert error={standards.error} onRetry={() => void standards.refetch()} />;
  else if (!standard)
    body = (
      <Alert color="gray" variant="light">
        {t('selfCheck.page.noStandard')}
      </Alert>
    );
  else body = <SelfCheckForm key={standard.code} standard={standard} />;

  return (
    <Box maw={760} mx="auto">
      <PageHeader title={t('selfCheck.page.title')} description={t('selfCheck.page.intro')} />
      <Stack gap="lg">
        <Alert color="navy" variant="light" icon={<IconLock aria-hidden />} p="sm" role="note">
          <Text size="sm" fw={600}>
            {t('selfCheck.page.privacy')}
          </Text>
          {standard && (
            <Text size="sm" mt={2}>
              {t('selfCheck.page.standard', { name: i18n.resolvedLanguage === 'en' ? standard.nameEn : standard.name })}
            </Text>
          )}
        </Alert>
        {body}
      </Stack>
    </Box>
  );
}
