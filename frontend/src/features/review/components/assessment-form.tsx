import { Fragment, memo, useCallback, useRef, type ReactNode } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField, EvidenceList, ProblemAlert, UnconfirmedCaution } from '@/components';
import type {
  AssessmentCreate,
  HouseholdClassification,
  IndicatorFinding,
  PovertyStandard,
  ReviewCase,
} from '@/lib/api/types';
import { groupByDimension } from '@/lib/classification';
import { formatDate, formatNumber, formatVnd, todayIso } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useRecordAssessment } from '../api/record-assessment';
import {
  assessmentErrors,
  assessmentFormPath,
  buildAssessmentRequest,
  incomeOf,
  initialAssessment,
  isOverride,
  isScored,
  newScoreItem,
  previewStatus,
  scoreTotal,
  tallyDecisions,
  type AssessmentValues,
  type Decision,
} from '../assessment';
import { StatusBadge, Tag, type Tone } from './badges';
import { translateErrors, useServerErrors } from './use-server-errors';

/** Thousands separators and currency as the language writes them. */
function moneyFormat(language: string) {
  const vi = language === 'vi';
  return { thousandSeparator: vi ? '.' : ',', decimalSeparator: vi ? ',' : '.', suffix: vi ? ' đ' : ' VND' };
}

const OUTCOME_COLOR = { DEPRIVED: 'red', NOT_DEPRIVED: 'green', UNKNOWN: 'gray' } as const satisfies Record<string, Tone>;

interface Props {
  reviewCase: ReviewCase;
  proposals: HouseholdClassification;
  standard: PovertyStandard;
  onSaved: () => void;
  onCancel?: () => void;
}

interface DecisionFieldProps {
  finding: IndicatorFinding;
  deprived: Decision;
  reason: string;
  deprivedError: ReactNode;
  reasonError: ReactNode;
  onChange: (path: string, value: string) => void;
}

/** One indicator of form B2; memoised, so typing elsewhere in the form does not redraw every indicator. */
const IndicatorDecisionField = memo(function IndicatorDecisionField({
  finding,
  deprived,
  reason,
  deprivedError,
  reasonError,
  onChange,
}: DecisionFieldProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = language === 'vi' ? finding.nameVi : finding.nameEn;
  const override = isOverride(finding.outcome, deprived);
  // the server may ask for a reason the form did not expect (the facts changed since the proposals loaded)
  const askReason = override || !!reasonError;
  return (
    <Paper withBorder p="sm" radius="md" data-indicator={finding.code} data-override={override}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} size="sm">
            {name}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="gray.7">
              {t('review.assessment.b2.proposal')}
            </Text>
            <Tag tone={OUTCOME_COLOR[finding.outcome]} data-testid="proposal">
              {t(`review.outcome.${finding.outcome}`)}
            </Tag>
          </Group>
        </Group>
        <EvidenceList evidence={finding.evidence} />
        <Text size="xs" c="gray.7">
          {t('review.assessment.b2.rule', { rule: finding.rule })}
        </Text>
        <Radio.Group
          label={t('review.assessment.b2.decision', { name })}
          required
          value={deprived}
          onChange={(value) => onChange(`decisions.${finding.code}.deprived`, value)}
          error={deprivedError}
        >
          <Group gap="lg" mt={4}>
            <Radio value="yes" label={t('review.outcome.DEPRIVED')} />
            <Radio value="no" label={t('review.outcome.NOT_DEPRIVED')} />
          </Group>
        </Radio.Group>
        {askReason && (
          <Stack gap={4}>
            {override && (
              <Tag tone="orange" w="fit-content" data-testid="override-mark">
                {t('review.assessment.b2.override')}
              </Tag>
            )}
            <Textarea
              label={t('review.assessment.b2.reason', { name })}
              description={t('review.assessment.b2.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => onChange(`decisions.${finding.code}.reason`, e.currentTarget.value)}
              error={reasonError}
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
});

/** Forms B1 and B2 for one household: the reviewer decides each indicator, starting from the registry's proposals. */
export function AssessmentForm({ reviewCase, proposals, standard, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const record = useRecordAssessment();
  const sent = useRef<AssessmentCreate | null>(null);
  const findings = proposals.indicators;
  const scored = isScored(standard);
  const form = useForm<AssessmentValues>({
    initialValues: initialAssessment(findings, formatDate(todayIso())),
    validate: (values) => translateErrors(assessmentErrors(values, findings, scored, todayIso()), t),
  });
  const { problem, otherMessages } = useServerErrors(form, record.error, (path) => assessmentFormPath(path, sent.current));
  const setField = useCallback((path: string, value: string) => {
    form.setFieldValue(path as never, value as never);
    form.clearFieldError(path);
  }, []);

  const line = standard.thresholds.find((th) => th.areaType === proposals.areaType);
  const tally = tallyDecisions(form.values, standard);
  const income = incomeOf(form.values, scored);
  const preview = income && tally.undecided === 0 ? previewStatus(standard, proposals.areaType, income, tally.deprived) : null;
  const itemsTotal = scoreTotal(form.values.incomeScoreItems);
  const useItems = scored && form.values.incomeMode === 'items';

  const submit = (values: AssessmentValues) => {
    const body = buildAssessmentRequest(values, reviewCase.summary.id, findings, scored);
    sent.current = body;
    record.mutate(
      { cycleId: reviewCase.cycleId, body },
      {
        onSuccess: (updated) => {
          const status = updated.assessments[0]?.status;
          notifications.show({
            color: 'green',
            message: t('review.assessment.done', { status: status ? t(`review.status.${status}`) : '' }),
          });
          onSaved();
        },
      },
    );
  };

  const onInvalid = () =>
    window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input')?.focus(), 0);

  return (
    <form noValidate onSubmit={form.onSubmit(submit, onInvalid)} data-testid="assessment-form">
      <Stack gap="lg">
        {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
        <Fieldset legend={t('review.assessment.general')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('review.assessment.assessedOn')}
              description={t('review.assessment.assessedOnHint', { date: formatDate(reviewCase.referenceDate) })}
              required
              {...form.getInputProps('assessedOn')}
            />
            <TextInput
              label={t('review.assessment.reviewerName')}
              required
              maxLength={200}
              {...form.getInputProps('reviewerName')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('review.assessment.b1.legend')}>
          <Stack gap="sm">
            {scored && (
              <Radio.Group label={t('review.assessment.b1.mode')} {...form.getInputProps('incomeMode')}>
                <Group gap="lg" mt={4}>
                  <Radio value="income" label={t('review.assessment.b1.modes.income')} />
                  <Radio value="items" label={t('review.assessment.b1.modes.items')} />
                </Group>
              </Radio.Group>
            )}
            {!useItems ? (
              <>
                <NumberInput
                  label={t('review.assessment.b1.income')}
                  required
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  inputMode="numeric"
                  w={{ base: '100%', sm: 320 }}
                  {...moneyFormat(language)}
                  {...form.getInputProps('monthlyIncomePerCapitaVnd')}
                />
                <Text size="sm" data-testid="income-line">
                  {t('review.assessment.b1.line', {
                    area: t(`review.areaType.${proposals.areaType}`),
                    line: formatVnd(line?.povertyLineVnd ?? proposals.incomeLineVnd, language),
                  })}
                  {income?.kind === 'monthly' && (
                    <>
                      {' — '}
                      <Text span fw={700}>
                        {income.vnd <= (line?.povertyLineVnd ?? proposals.incomeLineVnd)
                          ? t('review.assessment.b1.atOrBelow')
                          : t('review.assessment.b1.above')}
                      </Text>
                    </>
                  )}
                </Text>
                {proposals.monthlyIncomePerCapitaVnd != null && (
                  <Text size="xs" c="gray.7">
                    {t('review.assessment.b1.registry', { income: formatVnd(proposals.monthlyIncomePerCapitaVnd, language) })}
                  </Text>
                )}
              </>
            ) : (
              <Stack gap="xs" data-testid="score-items">
                <Text size="sm">{t('review.assessment.b1.itemsIntro')}</Text>
                {form.values.incomeScoreItems.map((item, i) => (
                  <Group key={item.key} gap="xs" align="flex-end" wrap="wrap">
                    <TextInput
                      label={t('review.assessment.b1.itemCode', { n: i + 1 })}
                      required
                      maxLength={40}
                      w={{ base: '100%', xs: 160 }}
                      {...form.getInputProps(`incomeScoreItems.${i}.code`)}
                    />
                    <TextInput
                      label={t('review.assessment.b1.itemLabel', { n: i + 1 })}
                      maxLength={200}
                      style={{ flex: 1, minWidth: 180 }}
                      {...form.getInputProps(`incomeScoreItems.${i}.label`)}
                    />
                    <NumberInput
                      label={t('review.assessment.b1.itemPoints', { n: i + 1 })}
                      required
                      min={-500}
                      max={500}
                      allowDecimal={false}
                      w={110}
                      {...form.getInputProps(`incomeScoreItems.${i}.points`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={2}
                      aria-label={t('review.assessment.b1.removeItem', { n: i + 1 })}
                      onClick={() => form.removeListItem('incomeScoreItems', i)}
                      disabled={form.values.incomeScoreItems.length === 1}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
                {form.errors.incomeScoreItems && (
                  <Text size="sm" c="red.8" role="alert">
                    {form.errors.incomeScoreItems}
                  </Text>
                )}
                <Group justify="space-between">
                  <Button
                    variant="subtle"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    onClick={() => form.insertListItem('incomeScoreItems', newScoreItem())}
                    disabled={form.values.incomeScoreItems.length >= 60}
                  >
                    {t('review.assessment.b1.addItem')}
                  </Button>
                  <Text size="sm" aria-live="polite" data-testid="score-total">
                    {t('review.assessment.b1.total', { total: itemsTotal })}
                    {line?.incomeScoreLine != null && (
                      <>
                        {' — '}
                        {t('review.assessment.b1.scoreLine', {
                          area: t(`review.areaType.${proposals.areaType}`),
                          line: line.incomeScoreLine,
                        })}
                        {': '}
                        <Text span fw={700}>
                          {itemsTotal <= line.incomeScoreLine
                            ? t('review.assessment.b1.atOrBelowScore')
                            : t('review.assessment.b1.aboveScore')}
                        </Text>
                      </>
                    )}
                  </Text>
                </Group>
              </Stack>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('review.assessment.b2.legend')}>
          <Stack gap="md">
            <Text size="sm">{t('review.assessment.b2.intro')}</Text>
            {groupByDimension(findings).map((group) => (
              <Fragment key={group.dimension}>
                <Title order={4} fz="sm" tt="uppercase" c="gray.8">
                  {t(`review.dimension.${group.dimension}`)}
                </Title>
                <Stack gap="xs">
                  {group.findings.map((finding) => {
                    const decision = form.values.decisions[finding.code];
                    return (
                      <IndicatorDecisionField
                        key={finding.code}
                        finding={finding}
                        deprived={decision?.deprived ?? ''}
                        reason={decision?.reason ?? ''}
                        deprivedError={form.errors[`decisions.${finding.code}.deprived`]}
                        reasonError={form.errors[`decisions.${finding.code}.reason`]}
                        onChange={setField}
                      />
                    );
                  })}
                </Stack>
              </Fragment>
            ))}
            <UnconfirmedCaution paths={proposals.unconfirmed} indicators={proposals.indicators} testId="assessment-unconfirmed" />
          </Stack>
        </Fieldset>

        <Textarea label={t('review.assessment.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />

        <Paper withBorder p="md" radius="md" bg="gray.0" aria-live="polite" data-testid="assessment-tally">
          <Stack gap={4}>
            <Text size="sm">
              {t('review.assessment.tally.count', { count: tally.deprived, total: tally.total })}
              {tally.score !== null && ` — ${t('review.assessment.tally.score', { score: tally.score })}`}
            </Text>
            {tally.undecided > 0 && (
              <Text size="sm" c="orange.9">
                {t('review.assessment.tally.undecided', { count: tally.undecided })}
              </Text>
            )}
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('review.assessment.tally.preview')}
              </Text>
              {preview ? (
                <span data-testid="status-preview">
                  <StatusBadge status={preview} />
                </span>
              ) : (
                <Text size="sm" c="gray.7">
                  {t('review.assessment.tally.previewIncomplete')}
                </Text>
              )}
            </Group>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <IconInfoCircle size={14} aria-hidden style={{ marginTop: 3 }} />
              <Text size="xs" c="gray.7">
                {t('review.assessment.tally.authority', { cutoff: formatNumber(standard.deprivationCutoff, language) })}
              </Text>
            </Group>
          </Stack>
        </Paper>

        {Object.keys(form.errors).length > 0 && (
          <Alert color="red" variant="light" role="alert" data-testid="assessment-errors">
            {t('review.assessment.fixErrors', { count: Object.keys(form.errors).length })}
          </Alert>
        )}

        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={record.isPending}>
            {t('review.assessment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
