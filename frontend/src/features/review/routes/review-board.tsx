import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { InfoGrid, LoadingState, PageHeader, ProblemAlert } from '@/components';
import type { ReviewCycle } from '@/lib/api/types';
import { useMe, usePermission } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/lib/format';
import { useReviewCycle, useReviewCycles } from '../api/get-review-cycles';
import { useReviewSummary } from '../api/get-review-summary';
import { ApprovedLists } from '../components/approved-lists';
import { Tag } from '../components/badges';
import { CommuneCard } from '../components/commune-card';
import { ConsolidateButton } from '../components/consolidate-button';
import { OpenCycleModal } from '../components/open-cycle-modal';
import { ProvisionalBadge, RateChart, SummaryTable, TransitionsTable } from '../components/summary-table';
import { cycleLabel } from '../stages';

function CycleFacts({ cycle }: { cycle: ReviewCycle }) {
  const { t } = useTranslation();
  return (
    <InfoGrid
      cols={4}
      items={[
        {
          label: t('review.cycle.period'),
          value: t('review.cycle.periodValue', { from: formatDate(cycle.opensOn), to: formatDate(cycle.closesOn) }),
        },
        { label: t('review.cycle.standard'), value: cycle.standardCode },
        { label: t('review.cycle.referenceDate'), value: formatDate(cycle.referenceDate) },
        {
          label: t('review.cycle.state'),
          value: (
            <Tag
              tone={cycle.state === 'CONSOLIDATED' ? 'green' : 'blue'}
              data-testid="cycle-state"
              data-state={cycle.state}
            >
              {cycle.state === 'CONSOLIDATED'
                ? t('review.cycle.consolidatedAt', { time: formatDateTime(cycle.consolidatedAt) })
                : t('review.cycle.states.OPEN')}
            </Tag>
          ),
        },
      ]}
    />
  );
}

function Summary({ cycle }: { cycle: ReviewCycle }) {
  const { t } = useTranslation();
  const summary = useReviewSummary(cycle.id);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="summary-heading" data-testid="review-summary">
      <Stack gap="lg">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="lg" id="summary-heading">
            {t('review.summary.title')}
          </Title>
          {summary.data?.provisional && <ProvisionalBadge />}
        </Group>
        {summary.isPending ? (
          <LoadingState />
        ) : summary.isError ? (
          <ProblemAlert error={summary.error} onRetry={() => void summary.refetch()} />
        ) : (
          <>
            <SummaryTable summary={summary.data} />
            <RateChart summary={summary.data} />
            <TransitionsTable summary={summary.data} />
          </>
        )}
        <ApprovedLists cycle={cycle} />
      </Stack>
    </Paper>
  );
}

/** The annual review at a glance: each commune's stage and progress, then the district's summary. */
export function ReviewBoardRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const me = useMe();
  const canConsolidate = usePermission('review:consolidate');
  const cycles = useReviewCycles();
  const requested = params.get('cycle');
  const cycleId = requested ?? cycles.data?.items[0]?.id;
  const cycle = useReviewCycle(cycleId);
  const communeScope = me.data?.scope === 'COMMUNE';

  const header = (
    <PageHeader
      title={t('review.board.title')}
      description={cycle.data ? cycleLabel(t, cycle.data) : t('review.board.description')}
      actions={
        canConsolidate && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} variant="outline" onClick={() => setOpening(true)}>
            {t('review.openCycle.button')}
          </Button>
        )
      }
    />
  );
  const modal = canConsolidate && (
    <OpenCycleModal
      opened={opening}
      onClose={() => setOpening(false)}
      onOpened={(opened) => {
        setOpening(false);
        setParams({ cycle: opened.id });
      }}
    />
  );

  if (cycles.isPending) return <LoadingState />;
  if (cycles.isError) {
    return (
      <Stack>
        {header}
        <ProblemAlert error={cycles.error} onRetry={() => void cycles.refetch()} />
      </Stack>
    );
  }
  if (cycles.data.items.length === 0) {
    return (
      <Stack>
        {header}
        <Alert color="gray" variant="light" data-testid="no-cycles">
          {t('review.board.noCycles')}
        </Alert>
        {modal}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {header}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" gap="md">
            <NativeSelect
              label={t('review.board.cyclePicker')}
              value={cycleId ?? ''}
              onChange={(e) => setParams({ cycle: e.currentTarget.value })}
              data={cycles.data.items.map((c) => ({ value: c.id, label: cycleLabel(t, c) }))}
              w={{ base: '100%', xs: 280 }}
              data-testid="cycle-picker"
            />
            {canConsolidate && cycle.data?.state === 'OPEN' && <ConsolidateButton cycle={cycle.data} />}
          </Group>
          {cycle.data && <CycleFacts cycle={cycle.data} />}
        </Stack>
      </Paper>

      {cycle.isPending ? (
        <LoadingState />
      ) : cycle.isError ? (
        <ProblemAlert error={cycle.error} onRetry={() => void cycle.refetch()} />
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="communes-heading">
            <Title order={2} fz="lg" id="communes-heading">
              {communeScope ? t('review.board.yourCommune') : t('review.board.communes')}
            </Title>
            {cycle.data.communes.length === 0 ? (
              <Text c="dimmed">{t('review.board.noCommunes')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="commune-board">
                {cycle.data.communes.map((commune) => (
                  <CommuneCard key={commune.id} commune={commune} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
          <Summary cycle={cycle.data} />
        </>
      )}
      {modal}
    </Stack>
  );
}
