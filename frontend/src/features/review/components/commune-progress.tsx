import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseProgress } from '@/lib/api/types';
import { settledCases, settledPercent } from '../stages';

/** Agreed and decided cases of all, as a bar with the counts written out. */
export function CommuneProgress({ progress }: { progress: CaseProgress }) {
  const { t } = useTranslation();
  const settled = settledCases(progress);
  const label = t('review.progress.settled', { settled, total: progress.total });
  const pending = [
    ['listed', progress.listed],
    ['assessed', progress.assessed],
    ['returned', progress.returned],
    ['disputed', progress.disputed],
  ] as const;
  return (
    <Stack gap={4} data-testid="commune-progress">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm" c="gray.7">
          {settledPercent(progress)}%
        </Text>
      </Group>
      <Progress
        value={settledPercent(progress)}
        color={settled === progress.total && progress.total > 0 ? 'teal.8' : 'navy.8'}
        size="md"
        aria-label={label}
      />
      <Text size="xs" c="gray.7">
        {pending.map(([key, count]) => t(`review.progress.${key}`, { count })).join(' · ')}
      </Text>
    </Stack>
  );
}
