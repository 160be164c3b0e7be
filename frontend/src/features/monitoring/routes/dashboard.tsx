import { Anchor, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import { useMe } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { toMonitoringPeriod } from '@/lib/paths';
import { useCoverage, usePeriodStatus, usePovertyRates } from '../api/get-dashboard';
import { usePeriods } from '../api/periods';
import { ConsolidatedDownloads } from '../components/consolidated-downloads';
import { OpenPeriodButton } from '../components/open-period';
import { Bar, DataTable } from '../components/parts';
import { UnitTable } from '../components/unit-table';
import { barPercent, latestYear } from '../logic';
import type { AreaRates, Coverage, CoverageMeasure, PeriodStatus, PovertyRates } from '../types';

function RatesPanel({ rates }: { rates: PovertyRates }) {
  const { t } = useTranslation();
  const areas: AreaRates[] = rates.district && rates.communes!.length > 1 ? [...rates.communes!, rates.district] : rates.communes!;
  const latest = areas.map((a) => ({ area: a, year: latestYear(a) }));
  const max = Math.max(0.01, ...latest.flatMap(({ year }) => [year?.poorRate ?? 0, year?.poorRateStart ?? 0]));
  const shownYear = latest.find((l) => l.year)?.year?.year;
  const header = [
    t('monitoring.columns.area'), t('monitoring.columns.year'), t('monitoring.columns.households'), t('monitoring.columns.poorStart'),
    t('monitoring.columns.poor'), t('monitoring.columns.poorRateStart'), t('monitoring.columns.poorRate'), t('monitoring.columns.nearPoorRate'),
    t('monitoring.columns.change'), t('monitoring.columns.target'),
  ];
  const rows = areas.flatMap((a) =>
    a.years!.map((y) => [
      a.areaName,
      `${y.year}${y.provisional ? ` (${t('monitoring.dashboard.provisional')})` : ''}`,
      y.households,
      y.poorStart,
      y.poor,
      y.poorRateStart,
      y.poorRate,
      y.nearPoorRate,
      y.poorRateChangePp,
      y.meetsTarget === null || y.meetsTarget === undefined
        ? t('monitoring.dashboard.pending')
        : y.meetsTarget ? t('monitoring.dashboard.meets') : t('monitoring.dashboard.misses'),
    ]),
  );
  return (
    <Paper withBorder p="md" data-testid="rates-panel">
      <Title order={2} fz="lg" mb={4}>
        {t('monitoring.dashboard.rates')}
      </Title>
      <Text size="xs" c="gray.7" mb="sm">
        {t('monitoring.dashboard.ratesHelp', { year: shownYear ?? '', target: Math.abs(rates.targetChangePp ?? 0.6) })}
      </Text>
      {areas.length === 0 ? (
        <Text>{t('monitoring.dashboard.noData')}</Text>
      ) : (
        <Stack gap={6} mb="md" data-testid="rates-chart">
          {latest.map(({ area, year }) => (
            <Stack key={area.areaCode} gap={2}>
              <Bar
                label={area.areaName}
                value={year?.poorRate ?? year?.poorRateStart ?? 0}
                percent={barPercent(year?.poorRate ?? null, max)}
                color={year?.meetsTarget ? 'teal' : 'red'}
                caption={`${year?.poorRateStart ?? '–'} % → ${year?.poorRate ?? '–'} %${year?.poorRateChangePp != null ? ` (${year.poorRateChangePp} pp)` : ''}`}
              />
              <Bar label="" value={year?.poorRateStart ?? 0} percent={barPercent(year?.poorRateStart, max)} color="gray.4" caption="" />
            </Stack>
          ))}
        </Stack>
      )}
      <DataTable header={header} rows={rows} fileName="ty-le-ho-ngheo.csv" testId="rates-table" />
    </Paper>
  );
}

function CoveragePanel({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const areas = coverage.district && coverage.communes!.length > 1 ? [...coverage.communes!, coverage.district] : coverage.communes!;
  const kinds = ['healthInsurance', 'loans', 'training'] as const;
  const caption = (m: CoverageMeasure | undefined) => `${m?.served ?? 0}/${m?.toServe ?? 0}${m?.percent != null ? ` (${m.percent} %)` : ''}`;
  const header = [t('monitoring.columns.area'), ...kinds.flatMap((k) => [`${t(`monitoring.columns.${k}`)}`, `${t(`monitoring.columns.${k}`)} (%)`])];
  const rows = areas.map((a) => [a.areaName, ...kinds.flatMap((k) => [`${a[k]?.served ?? 0}/${a[k]?.toServe ?? 0}`, a[k]?.percent ?? null])]);
  return (
    <Paper withBorder p="md" data-testid="coverage-panel">
      <Title order={2} fz="lg" mb="sm">
        {t('monitoring.dashboard.coverage')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
        {kinds.map((k) => (
          <Stack key={k} gap={6}>
            <Text fw={600} size="sm">
              {t(`monitoring.coverageKinds.${k}`)}
            </Text>
            {areas.map((a) => (
              <Bar
                key={a.areaCode}
                label={a.areaName}
                value={a[k]?.percent ?? 0}
                percent={a[k]?.percent ?? 0}
                color={a[k]?.meetsTarget ? 'teal' : 'orange'}
                caption={caption(a[k])}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
      <DataTable header={header} rows={rows} fileName="bao-phu-chinh-sach.csv" testId="coverage-table" />
    </Paper>
  );
}

function StatusPanel({ status }: { status: PeriodStatus }) {
  const { t } = useTranslation();
  const me = useMe();
  const p = status.period!;
  const c = p.completeness!;
  const district = me.data?.scope === 'DISTRICT';
  return (
    <Paper withBorder p="md" data-testid="status-panel">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg">
          {t('monitoring.dashboard.status')}
        </Title>
        <Anchor component={Link} to={toMonitoringPeriod(p.id!)}>
          {p.title}
        </Anchor>
      </Group>
      <Text size="sm" mb="sm" data-testid="completeness">
        {t('monitoring.period.due', { date: formatDate(p.dueOn) })} ·{' '}
        {t('monitoring.period.completeness', {
          submitted: c.submitted, expected: c.expected, percent: c.completenessPercent, onTime: c.onTime, late: c.late, missing: (c.missing ?? 0) + (c.pending ?? 0),
        })}
      </Text>
      {district && (
        <Group mb="sm">
          <ConsolidatedDownloads period={p} />
        </Group>
      )}
      <UnitTable units={status.units!} />
    </Paper>
  );
}

export function MonitoringDashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const periods = usePeriods();
  const [periodId, setPeriodId] = useState<string | undefined>(undefined);
  const rates = usePovertyRates();
  const coverage = useCoverage();
  const status = usePeriodStatus(periodId);
  const review = me.data?.permissions.includes('report:review');
  return (
    <Stack>
      <PageHeader title={t('monitoring.dashboard.title')} description={t('monitoring.dashboard.description')} actions={review ? <OpenPeriodButton /> : undefined} />
      {periods.data && periods.data.items!.length > 0 && (
        <NativeSelect
          label={t('monitoring.period.choose')}
          value={periodId ?? ''}
          onChange={(e) => setPeriodId(e.currentTarget.value || undefined)}
          data={[{ value: '', label: '—' }, ...periods.data.items!.map((p) => ({ value: p.id!, label: `${p.title} (${formatDate(p.dueOn)})` }))]}
          maw={520}
        />
      )}
      {status.isLoading ? <LoadingState /> : status.data ? <StatusPanel status={status.data} /> : null}
      {rates.error && <ProblemAlert error={rates.error} />}
      {rates.data ? <RatesPanel rates={rates.data} /> : rates.isLoading && <LoadingState />}
      {coverage.error && <ProblemAlert error={coverage.error} />}
      {coverage.data && <CoveragePanel coverage={coverage.data} />}
    </Stack>
  );
}
