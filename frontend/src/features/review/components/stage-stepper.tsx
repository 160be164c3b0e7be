import { Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CommuneStage } from '@/lib/api/types';
import { stageSteps } from '../stages';
import classes from './review.module.css';

/** Đang rà soát → Niêm yết → Đã quyết định → Đã tổng hợp, with the commune's current step marked. */
export function StageStepper({ stage, compact = false }: { stage: CommuneStage; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Box
      component="ol"
      className={classes.stepper}
      aria-label={t('review.stage.label')}
      data-testid="stage-stepper"
      data-stage={stage}
      data-compact={compact || undefined}
    >
      {stageSteps(stage).map((step, i) => (
        <li
          key={step.stage}
          className={classes.step}
          data-state={step.state}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <Group gap={6} wrap="nowrap" align="center">
            <ThemeIcon
              size={compact ? 20 : 24}
              radius="xl"
              variant={step.state === 'todo' ? 'outline' : 'filled'}
              color={step.state === 'done' ? 'teal.8' : step.state === 'current' ? 'navy.9' : 'gray.6'}
              aria-hidden
            >
              {step.state === 'done' ? <IconCheck size={14} /> : <Text fz={11} fw={700}>{i + 1}</Text>}
            </ThemeIcon>
            <Text
              size={compact ? 'xs' : 'sm'}
              fw={step.state === 'current' ? 700 : 500}
              c={step.state === 'todo' ? 'gray.7' : undefined}
            >
              {t(`review.stage.${step.stage}`)}
              <span className="visually-hidden">{` (${t(`review.stage.step.${step.state}`)})`}</span>
            </Text>
          </Group>
        </li>
      ))}
    </Box>
  );
}
