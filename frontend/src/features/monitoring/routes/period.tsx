import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import { useMe } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { toMonitoring, toMonitoringSubmission } from '@/lib/paths';
import { usePeriodStatus } from '../api/get-dashboard';
import { useStartSubmission } from '../api/periods';
import { ConsolidatedDownloads } from '../components/consolidated-downloads';
import { UnitTable } from '../components/unit-table';
import { ownUnit } from '../logic';

export function MonitoringPeriodRoute() {
  const { t } = useTranslation();
  const { periodId = '' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const status = usePeriodStatus(periodId);
  const start = useStartSubmission(periodId);
  if (status.isLoading) return <LoadingState />;
  if (status.error || !status.data) return <ProblemAlert error={status.error} />;
  const p = status.data.period!;
  const c = p.completeness!;
  const unit = ownUnit(me.data);
  const mine = status.data.units!.find((u) => u.unitCode === unit);
  const canStart = !!mine && !mine.submissionId && me.data?.permissions.includes('report:submit');
  return (
    <Stack>
      <PageHeader
        title={p.title!}
        above={<Anchor component={Link} to={toMonitoring()}>{t('monitoring.nav')}</Anchor>}
        description={`${t(`monitoring.period.kind.${p.kind}`)} · ${t('monitoring.period.due', { date: formatDate(p.dueOn) })}`}
        actions={
          canStart ? (
            <Button loading={start.isPending} onClick={() => start.mutate(unit!, { onSuccess: (s) => navigate(toMonitoringSubmission(s.id!)) })}>
              {t('monitoring.period.start')}
            </Button>
          ) : undefined
        }
      />
      {start.error && <ProblemAlert error={start.error} />}
      <Paper withBorder p="md">
        <Text size="sm" mb="sm" data-testid="completeness">
          {t('monitoring.period.completeness', {
            submitted: c.submitted, expected: c.expected, percent: c.completenessPercent, onTime: c.onTime, late: c.late, missing: (c.missing ?? 0) + (c.pending ?? 0),
          })}
        </Text>
        {me.data?.scope === 'DISTRICT' && (
          <Group mb="sm">
            <ConsolidatedDownloads period={p} />
          </Group>
        )}
        <UnitTable units={status.data.units!} />
      </Paper>
    </Stack>
  );
}
