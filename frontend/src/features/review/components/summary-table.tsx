import { Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary, ReviewSummaryRow, ReviewTransition } from '@/lib/api/types';
import { currentLanguage } from '@/lib/i18n';
import { formatPercent, formatPp, TRANSITIONS } from '../summary';
import classes from './review.module.css';
import { ScrollTable } from './scroll-table';
import { Tag } from './badges';

/** The district's total row, unless it only repeats the caller's own commune (a commune officer's summary). */
export function totalRow(summary: ReviewSummary): ReviewSummaryRow | null {
  return summary.communes.some((row) => row.areaCode === summary.district.areaCode) ? null : summary.district;
}

function TargetMark({ row }: { row: ReviewSummaryRow }) {
  const { t } = useTranslation();
  if (!row.decided) {
    return (
      <Group gap={4} wrap="nowrap" c="gray.7" data-target="pending">
        <IconClockHour4 size={16} aria-hidden />
        <Text size="sm">{t('review.summary.target.pending')}</Text>
      </Group>
    );
  }
  return row.meetsTarget ? (
    <Group gap={4} wrap="nowrap" c="teal.9" data-target="met">
      <IconCircleCheck size={16} aria-hidden />
      <Text size="sm" fw={600}>
        {t('review.summary.target.met')}
      </Text>
    </Group>
  ) : (
    <Group gap={4} wrap="nowrap" c="red.9" data-target="missed">
      <IconCircleX size={16} aria-hidden />
      <Text size="sm" fw={600}>
        {t('review.summary.target.missed')}
      </Text>
    </Group>
  );
}

function RateRow({ row, district = false }: { row: ReviewSummaryRow; district?: boolean }) {
  const language = currentLanguage();
  const Cell = Table.Td;
  return (
    <Table.Tr data-area={row.areaCode} fw={district ? 700 : undefined}>
      <Table.Th scope="row" fw={district ? 700 : 500}>
        {row.areaName}
      </Table.Th>
      <Cell ta="right">{row.households}</Cell>
      <Cell ta="right">
        {row.poorStart} <Text span size="xs" c="gray.7">({formatPercent(row.poorRateStart, language)})</Text>
      </Cell>
      <Cell ta="right">
        {row.poorEnd} <Text span size="xs" c="gray.7">({formatPercent(row.poorRateEnd, language)})</Text>
      </Cell>
      <Cell ta="right" data-testid="rate-change">
        {formatPp(row.poorRateChangePp, language)}
      </Cell>
      <Cell>
        <TargetMark row={row} />
      </Cell>
      <Cell ta="right">
        {row.nearPoorStart} <Text span size="xs" c="gray.7">({formatPercent(row.nearPoorRateStart, language)})</Text>
      </Cell>
      <Cell ta="right">
        {row.nearPoorEnd} <Text span size="xs" c="gray.7">({formatPercent(row.nearPoorRateEnd, language)})</Text>
      </Cell>
    </Table.Tr>
  );
}

/** Rates at the start and end of the cycle per commune and for the district, against the plan's target. */
export function SummaryTable({ summary }: { summary: ReviewSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const col = (name: string) => t(`review.summary.columns.${name}`);
  return (
    <Stack gap="xs">
      <Title order={3} fz="md" id="summary-rates-heading">
        {t('review.summary.ratesTitle')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('review.summary.targetLine', { target: formatPp(summary.targetChangePp, language) })}
      </Text>
      <ScrollTable minWidth={820} labelledBy="summary-rates-heading">
        <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="summary-rates-heading" data-testid="summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{col('area')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('households')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('poorStart')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('poorEnd')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('change')}</Table.Th>
              <Table.Th scope="col">{col('target')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('nearPoorStart')}</Table.Th>
              <Table.Th scope="col" ta="right">{col('nearPoorEnd')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.communes.map((row) => (
              <RateRow key={row.areaCode} row={row} />
            ))}
          </Table.Tbody>
          {totalRow(summary) && (
            <Table.Tfoot>
              <RateRow row={summary.district} district />
            </Table.Tfoot>
          )}
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** The poverty rate at the start and the end per commune, as plain bars next to the figures. */
export function RateChart({ summary }: { summary: ReviewSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const total = totalRow(summary);
  const rows = total ? [...summary.communes, total] : summary.communes;
  const scale = Math.max(0.01, ...rows.flatMap((r) => [r.poorRateStart, r.poorRateEnd]));
  return (
    <Box component="figure" m={0} data-testid="rate-chart">
      <Text component="figcaption" fw={700} mb="xs">
        {t('review.summary.chartTitle')}
      </Text>
      <Group gap="md" mb="xs">
        <Group gap={6}>
          <Box w={14} h={10} className={classes.barStart} aria-hidden />
          <Text size="xs">{t('review.summary.start')}</Text>
        </Group>
        <Group gap={6}>
          <Box w={14} h={10} className={classes.barEnd} aria-hidden />
          <Text size="xs">{t('review.summary.end')}</Text>
        </Group>
      </Group>
      <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row) => (
          <Box component="li" key={row.areaCode}>
            <Text size="sm" fw={row === summary.district ? 700 : 500}>
              {row.areaName}
              <span className="visually-hidden">
                {t('review.summary.chartRow', {
                  start: formatPercent(row.poorRateStart, language),
                  end: formatPercent(row.poorRateEnd, language),
                })}
              </span>
            </Text>
            <Stack gap={2} aria-hidden>
              <Group gap="xs" wrap="nowrap">
                <Box className={classes.barTrack} style={{ flex: 1 }}>
                  <Box className={classes.barStart} w={`${(row.poorRateStart / scale) * 100}%`} />
                </Box>
                <Text size="xs" w={56} ta="right">
                  {formatPercent(row.poorRateStart, language)}
                </Text>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Box className={classes.barTrack} style={{ flex: 1 }}>
                  <Box className={classes.barEnd} w={`${(row.poorRateEnd / scale) * 100}%`} />
                </Box>
                <Text size="xs" w={56} ta="right">
                  {formatPercent(row.poorRateEnd, language)}
                </Text>
              </Group>
            </Stack>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}

/** How many households moved between statuses, per commune and for the district. */
export function TransitionsTable({ summary }: { summary: ReviewSummary }) {
  const { t } = useTranslation();
  const total = totalRow(summary);
  const rows = total ? [...summary.communes, total] : summary.communes;
  const count = (row: ReviewSummaryRow, transition: ReviewTransition) => row.transitions[transition] ?? 0;
  return (
    <Stack gap="xs">
      <Title order={3} fz="md" id="summary-transitions-heading">
        {t('review.summary.transitionsTitle')}
      </Title>
      {summary.provisional && (
        <Text size="sm" c="gray.7">
          {t('review.summary.transitionsProvisional')}
        </Text>
      )}
      <ScrollTable minWidth={1100} labelledBy="summary-transitions-heading">
        <Table
          striped
          withTableBorder
          verticalSpacing="xs"
          aria-labelledby="summary-transitions-heading"
          data-testid="transitions-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('review.summary.columns.area')}</Table.Th>
              {TRANSITIONS.map((transition) => (
                <Table.Th scope="col" ta="right" key={transition} fz="xs">
                  {t(`review.transition.${transition}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const district = row === summary.district;
              return (
                <Table.Tr key={row.areaCode} data-area={row.areaCode} fw={district ? 700 : undefined}>
                  <Table.Th scope="row" fw={district ? 700 : 500}>
                    {row.areaName}
                  </Table.Th>
                  {TRANSITIONS.map((transition) => (
                    <Table.Td ta="right" key={transition} data-transition={transition}>
                      {count(row, transition)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

export function ProvisionalBadge() {
  const { t } = useTranslation();
  return (
    <Tag variant="outline" tone="orange" data-testid="summary-provisional">
      {t('review.summary.provisional')}
    </Tag>
  );
}
