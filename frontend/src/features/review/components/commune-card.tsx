import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommuneReview } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { toCommuneReview } from '@/lib/paths';
import { LateBadge } from './badges';
import { CommuneProgress } from './commune-progress';
import { StageStepper } from './stage-stepper';
import classes from './review.module.css';

/** One commune on the board: its stage, the progress of its cases, meetings, posting and decision. */
export function CommuneCard({ commune }: { commune: CommuneReview }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={`commune-${commune.id}`}
      className={commune.late ? classes.late : undefined}
      data-testid="commune-card"
      data-commune={commune.communeCode}
      data-stage={commune.stage}
      data-late={commune.late}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={toCommuneReview(commune.id)} fw={700} id={`commune-${commune.id}`}>
            {commune.communeName}
          </Anchor>
          {commune.late && <LateBadge />}
        </Group>
        <StageStepper stage={commune.stage} compact />
        <CommuneProgress progress={commune.progress} />
        <Group gap="xs" wrap="nowrap">
          <IconUsersGroup size={16} aria-hidden />
          <Text size="sm">{t('review.commune.meetings', { count: commune.meetings })}</Text>
        </Group>
        {commune.postedFrom && commune.postedTo && (
          <Text size="sm">
            {t('review.commune.postedWindow', { from: formatDate(commune.postedFrom), to: formatDate(commune.postedTo) })}
          </Text>
        )}
        {commune.decisionNumber && (
          <Text size="sm">
            {t('review.commune.decision', { number: commune.decisionNumber, date: formatDate(commune.decidedOn) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
