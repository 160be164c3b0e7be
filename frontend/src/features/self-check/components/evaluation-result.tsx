import type { Ref } from 'react';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowUp, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UnconfirmedCaution } from '@/components';
import { formatNumber, formatVnd } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { PovertyEvaluation, PovertyEvaluationRequest, PovertyStandard, PovertyStatus } from '@/lib/api/types';
import classes from './self-check.module.css';

/** Text and background per status; all pairs pass WCAG AA contrast. */
const STATUS_COLORS: Record<PovertyStatus, { fg: string; bg: string; border: string }> = {
  POOR: { fg: 'red.9', bg: 'red.0', border: 'var(--mantine-color-red-7)' },
  NEAR_POOR: { fg: 'orange.9', bg: 'orange.0', border: 'var(--mantine-color-orange-7)' },
  MIDDLE_INCOME: { fg: 'navy.9', bg: 'navy.0', border: 'var(--mantine-color-navy-7)' },
  NOT_POOR: { fg: 'green.9', bg: 'green.0', border: 'var(--mantine-color-green-8)' },
};

interface Row {
  label: string;
  value: string;
  strong?: boolean;
}

function Rows({ rows }: { rows: Row[] }) {
  return (
    <Stack gap={6} component="dl" m={0}>
      {rows.map((row) => (
        <Group key={row.label} justify="space-between" gap="xs" wrap="wrap" align="baseline">
          <Text component="dt" size="sm">
            {row.label}
          </Text>
          <Text component="dd" m={0} fw={row.strong ? 700 : 600} ta="right">
            {row.value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * A bar from zero: below the line, the middle-income band when there is one, above; the
 * household's value is the black marker. Decorative: the rows beside it say the same in text.
 */
function ComparisonBar({ value, line, ceiling }: { value: number; line: number; ceiling?: number | null }) {
  const { t } = useTranslation();
  const top = Math.max(ceiling ?? line * 1.5, value, line) * 1.3;
  const pct = (x: number) => `${Math.min(100, Math.max(0, (x / top) * 100))}%`;
  const bands = [
    { key: 'below', width: line, bg: 'var(--mantine-color-red-2)' },
    ...(ceiling ? [{ key: 'middle', width: ceiling - line, bg: 'var(--mantine-color-yellow-2)' }] : []),
    { key: 'above', width: top - (ceiling ?? line), bg: 'var(--mantine-color-green-2)' },
  ];
  return (
    <div className={classes.track} aria-hidden>
      {bands.map((band) => (
        <div key={band.key} className={classes.zone} style={{ width: pct(band.width), background: band.bg }}>
          {band.width / top >= 0.2 && t(`selfCheck.result.income.zones.${band.key}`)}
        </div>
      ))}
      <div className={classes.marker} style={{ left: pct(value) }} data-testid="income-marker" />
    </div>
  );
}

function IncomeSection({ request, evaluation }: { request: PovertyEvaluationRequest; evaluation: PovertyEvaluation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const area = t(`selfCheck.area.areaType.${evaluation.areaType}`);
  const byScore = request.incomeScore !== undefined && evaluation.incomeScoreLine != null;
  let rows: Row[];
  let bar: { value: number; line: number; ceiling?: number | null };
  let verdict: string;
  if (byScore) {
    const points = (value: number) => t('selfCheck.result.income.points', { value: formatNumber(value, language) });
    rows = [
      { label: t('selfCheck.result.income.score'), value: points(request.incomeScore!), strong: true },
      { label: t('selfCheck.result.income.scoreLine', { area }), value: points(evaluation.incomeScoreLine!) },
    ];
    bar = { value: request.incomeScore!, line: evaluation.incomeScoreLine! };
    verdict = t(evaluation.incomeAtOrBelowLine ? 'selfCheck.result.income.scoreAtOrBelow' : 'selfCheck.result.income.scoreAbove');
  } else {
    const income = request.monthlyIncomePerCapitaVnd ?? 0;
    const money = (amount: number) => formatVnd(amount, language);
    rows = [
      {
        label: t('selfCheck.result.income.household'),
        value: t('selfCheck.result.income.perMonth', { amount: money(income) }),
        strong: true,
      },
      { label: t('selfCheck.result.income.line', { area }), value: money(evaluation.incomeLineVnd) },
      ...(evaluation.middleIncomeCeilingVnd
        ? [{ label: t('selfCheck.result.income.middle'), value: money(evaluation.middleIncomeCeilingVnd) }]
        : []),
    ];
    bar = { value: income, line: evaluation.incomeLineVnd, ceiling: evaluation.middleIncomeCeilingVnd };
    verdict = t(evaluation.incomeAtOrBelowLine ? 'selfCheck.result.income.atOrBelow' : 'selfCheck.result.income.above');
  }
  return (
    <Stack gap="sm">
      <Title order={3} fz="lg">
        {t('selfCheck.result.income.heading')}
      </Title>
      <ComparisonBar {...bar} />
      <Rows rows={rows} />
      <Text fw={600}>{verdict}</Text>
    </Stack>
  );
}

function DeprivationSection({ evaluation, standard }: { evaluation: PovertyEvaluation; standard: PovertyStandard }) {
  const { t } = useTranslation();
  const vi = currentLanguage() === 'vi';
  return (
    <Stack gap="sm">
      <Title order={3} fz="lg">
        {t('selfCheck.result.deprivations.heading')}
      </Title>
      <Text>
        {t('selfCheck.result.deprivations.count', {
          count: evaluation.deprivationCount,
          total: standard.indicators.length,
          cutoff: standard.deprivationCutoff,
        })}
      </Text>
      {evaluation.deprivationScore != null && (
        <Text size="sm">{t('selfCheck.result.deprivations.score', { score: evaluation.deprivationScore })}</Text>
      )}
      {evaluation.deprivedIndicators.length > 0 ? (
        <List spacing={4} data-testid="deprived-indicators">
          {evaluation.deprivedIndicators.map((indicator) => (
            <List.Item key={indicator.code}>{vi ? indicator.nameVi : indicator.nameEn}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('selfCheck.result.deprivations.none')}</Text>
      )}
    </Stack>
  );
}

/** The notice every result carries: nothing stored, only an estimate, where the official status comes from. */
export function EstimateNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      color="navy"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t('selfCheck.result.notice.title')}
      role="note"
      data-testid="estimate-notice"
    >
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('selfCheck.result.notice.stored')}
        </Text>
        <Text size="sm">{t('selfCheck.result.notice.official')}</Text>
        <Text size="sm">{t('selfCheck.result.notice.ask')}</Text>
      </Stack>
    </Alert>
  );
}

interface EvaluationResultProps {
  request: PovertyEvaluationRequest;
  evaluation: PovertyEvaluation;
  standard: PovertyStandard;
  onChangeAnswers: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The estimated status in large words, and why: income against the line, deprivations, the server's reasons. */
export function EvaluationResult({ request, evaluation, standard, onChangeAnswers, headingRef }: EvaluationResultProps) {
  const { t } = useTranslation();
  const colors = STATUS_COLORS[evaluation.status];
  return (
    <Paper
      component="section"
      aria-labelledby="self-check-result-heading"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      data-testid="self-check-result"
      data-status={evaluation.status}
    >
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={2} fz="lg" id="self-check-result-heading" ref={headingRef} tabIndex={-1} className={classes.resultHeading}>
            {t('selfCheck.result.heading')}
          </Title>
          <Paper radius="md" p="md" bg={colors.bg} style={{ borderLeft: `6px solid ${colors.border}` }}>
            <Text className={classes.status} c={colors.fg} data-testid="self-check-status">
              {t(`selfCheck.result.status.${evaluation.status}`)}
            </Text>
            <Text mt={6}>{t(`selfCheck.result.summary.${evaluation.status}`)}</Text>
          </Paper>
          <Text size="sm" c="dimmed">
            {t('selfCheck.result.standard', { name: evaluation.standardName })}
          </Text>
        </Stack>

        <UnconfirmedCaution paths={evaluation.unconfirmed ?? []} indicators={standard.indicators} testId="unconfirmed-caution" />
        <IncomeSection request={request} evaluation={evaluation} />
        <DeprivationSection evaluation={evaluation} standard={standard} />

        <Stack gap="sm">
          <Title order={3} fz="lg">
            {t('selfCheck.result.why')}
          </Title>
          {evaluation.explanation.length > 0 && (
            <List spacing={6} data-testid="self-check-explanation">
              {evaluation.explanation.map((line) => (
                <List.Item key={line.code}>{line.text}</List.Item>
              ))}
            </List>
          )}
          <Text size="sm" data-testid="self-check-citation">
            {t('selfCheck.result.citation', { citation: evaluation.legalCitation })}
          </Text>
        </Stack>

        <EstimateNotice />
        <Group>
          <Button
            variant="default"
            size="md"
            leftSection={<IconArrowUp size={18} aria-hidden />}
            onClick={onChangeAnswers}
            w={{ base: '100%', xs: 'auto' }}
          >
            {t('selfCheck.result.again')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
