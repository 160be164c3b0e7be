import { Fragment, useEffect, useState } from 'react';
import { Alert, Badge, Box, Button, Group, List, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateField, EvidenceList, InfoGrid, LoadingState, ProblemAlert, UnconfirmedCaution } from '@/components';
import type { HouseholdClassification, IndicatorFinding, Outcome } from '@/lib/api/types';
import { formatDate, formatVnd, parseDisplayDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { groupByDimension } from '@/lib/classification';
import { useHouseholdClassification } from '../api/get-household-classification';
import './classification-print.css';

const OUTCOME_COLOR: Record<Outcome, string> = {
  DEPRIVED: 'red',
  NOT_DEPRIVED: 'green',
  UNKNOWN: 'yellow',
};

interface ClassificationTabProps {
  householdId: string;
  /** ISO review date. */
  date: string;
  onDateChange: (date: string) => void;
}

/** The review date input, the card for that date and the print button. */
export function ClassificationTab({ householdId, date, onDateChange }: ClassificationTabProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const classification = useHouseholdClassification(householdId, date, language);
  const [text, setText] = useState(formatDate(date));
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setText(formatDate(date));
    setInvalid(false);
  }, [date]);

  const change = (value: string) => {
    setText(value);
    const iso = parseDisplayDate(value);
    if (iso) {
      setInvalid(false);
      if (iso !== date) onDateChange(iso);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" className="classification-card" data-testid="classification-card">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" className="no-print">
          <DateField
            label={t('households.classification.reviewDate')}
            value={text}
            onChange={(e) => change(e.currentTarget.value)}
            onBlur={() => setInvalid(parseDisplayDate(text) === null)}
            error={invalid ? t('households.classification.invalidDate') : undefined}
            w={180}
          />
          <Button
            variant="outline"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            disabled={!classification.isSuccess}
          >
            {t('households.classification.print')}
          </Button>
        </Group>
        {classification.isPending ? (
          <LoadingState />
        ) : classification.isError ? (
          <ProblemAlert error={classification.error} onRetry={() => void classification.refetch()} />
        ) : (
          <ClassificationCard card={classification.data} busy={classification.isFetching} />
        )}
      </Stack>
    </Paper>
  );
}

function statusText(t: TFunction, card: HouseholdClassification): string {
  return card.status
    ? t(`households.classification.status.${card.status}`)
    : t('households.classification.status.unknown');
}

export function ClassificationCard({ card, busy = false }: { card: HouseholdClassification; busy?: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups = groupByDimension(card.indicators);

  return (
    <Stack gap="md" aria-busy={busy}>
      <Stack gap={2}>
        <Title order={2} fz="lg" id="classification-heading">
          {t('households.classification.title')}
        </Title>
        <Text size="sm">
          {t('households.classification.householdLine', { code: card.householdCode, head: card.headName })}
        </Text>
      </Stack>

      <InfoGrid
        items={[
          { label: t('households.classification.standard'), value: card.standardName },
          { label: t('households.classification.legalCitation'), value: card.legalCitation },
          { label: t('households.classification.reviewDate'), value: formatDate(card.referenceDate) },
          {
            label: t('households.classification.areaType'),
            value: t(`households.classification.areaTypes.${card.areaType}`),
          },
          {
            label: t('households.classification.proposedStatus'),
            value: (
              <Text component="span" fw={700} data-testid="classification-status">
                {statusText(t, card)}
              </Text>
            ),
          },
          {
            label: t('households.classification.deprivationCount'),
            value: t('households.classification.deprivationCountValue', {
              count: card.deprivationCount,
              total: card.indicators.length,
            }),
          },
          {
            label: t('households.classification.deprivationScore'),
            value: card.deprivationScore ?? '',
          },
        ]}
      />

      <IncomeAgainstLine card={card} language={language} />

      {card.incomplete && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('households.classification.incomplete.title')}
          role="note"
          data-testid="classification-incomplete"
        >
          <Text size="sm">{t('households.classification.incomplete.text')}</Text>
        </Alert>
      )}

      {card.explanation.length > 0 && (
        <Stack gap={4}>
          <Title order={3} fz="md">
            {t('households.classification.explanationTitle')}
          </Title>
          <List size="sm" spacing={2} data-testid="classification-explanation">
            {card.explanation.map((e) => (
              <List.Item key={e.code}>{e.text}</List.Item>
            ))}
          </List>
        </Stack>
      )}

      <Stack gap={4}>
        <Title order={3} fz="md" id="classification-indicators-heading">
          {t('households.classification.indicatorsTitle')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table
            withTableBorder
            withColumnBorders
            verticalSpacing={6}
            aria-labelledby="classification-indicators-heading"
            data-testid="classification-indicators"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="32%">
                  {t('households.classification.columns.indicator')}
                </Table.Th>
                <Table.Th scope="col" w="22%">
                  {t('households.classification.columns.outcome')}
                </Table.Th>
                <Table.Th scope="col">{t('households.classification.columns.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => (
                <Fragment key={group.dimension}>
                  <Table.Tr bg="gray.1">
                    <Table.Th scope="colgroup" colSpan={3}>
                      {t(`households.classification.dimensions.${group.dimension}`)}
                    </Table.Th>
                  </Table.Tr>
                  {group.findings.map((finding) => (
                    <FindingRow key={finding.code} finding={finding} language={language} />
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <UnconfirmedCaution paths={card.unconfirmed} indicators={card.indicators} testId="classification-unconfirmed" />

      <Text size="xs" c="dimmed">
        {t('households.classification.footer', { date: formatDate(card.referenceDate) })}
      </Text>
    </Stack>
  );
}

function IncomeAgainstLine({ card, language }: { card: HouseholdClassification; language: string }) {
  const { t } = useTranslation();
  const income = card.monthlyIncomePerCapitaVnd;
  const ceiling = card.middleIncomeCeilingVnd ?? null;
  const scale = Math.max(income ?? 0, ceiling ?? 0, card.incomeLineVnd) || 1;
  const below = income !== null && income !== undefined && income <= card.incomeLineVnd;
  return (
    <Stack gap={6} data-testid="classification-income">
      <Title order={3} fz="md">
        {t('households.classification.income.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: ceiling === null ? 2 : 3 }} spacing="xs">
        <Text size="sm">
          {t('households.classification.income.value')}:{' '}
          <Text component="span" fw={700}>
            {income === null || income === undefined
              ? t('households.classification.income.notRecorded')
              : formatVnd(income, language)}
          </Text>
        </Text>
        <Text size="sm">
          {t('households.classification.income.line')}:{' '}
          <Text component="span" fw={700}>
            {formatVnd(card.incomeLineVnd, language)}
          </Text>
        </Text>
        {ceiling !== null && (
          <Text size="sm">
            {t('households.classification.income.ceiling')}:{' '}
            <Text component="span" fw={700}>
              {formatVnd(ceiling, language)}
            </Text>
          </Text>
        )}
      </SimpleGrid>
      {income !== null && income !== undefined && (
        <Stack gap={2}>
          <Box pos="relative">
            <Progress.Root size="lg" aria-label={t('households.classification.income.barLabel')}>
              <Progress.Section value={Math.min(100, (income / scale) * 100)} color={below ? 'red' : 'teal'} />
            </Progress.Root>
            <Box
              aria-hidden
              className="classification-line-mark"
              pos="absolute"
              top={-4}
              bottom={-4}
              w={2}
              bg="dark.7"
              style={{ left: `${(card.incomeLineVnd / scale) * 100}%` }}
            />
          </Box>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {below ? t('households.classification.income.atOrBelow') : t('households.classification.income.above')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('households.classification.income.lineMark')}
            </Text>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function FindingRow({ finding, language }: { finding: IndicatorFinding; language: string }) {
  const { t } = useTranslation();
  const name = language === 'vi' ? finding.nameVi : finding.nameEn;
  return (
    <Table.Tr data-indicator={finding.code}>
      <Table.Td>{name}</Table.Td>
      <Table.Td>
        <Stack gap={2} align="flex-start">
          <Badge color={OUTCOME_COLOR[finding.outcome]} variant="light" tt="none" radius="sm">
            {t(`households.classification.outcome.${finding.outcome}`)}
          </Badge>
          {finding.outcome === 'UNKNOWN' && (
            <Text size="xs" c="dimmed">
              {t('households.classification.outcome.reviewerDecides')}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <EvidenceList evidence={finding.evidence} />
      </Table.Td>
    </Table.Tr>
  );
}

