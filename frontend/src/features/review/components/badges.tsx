import { Badge, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseState, CommuneStage, PovertyStatus } from '@/lib/api/types';

const STATUS_COLOR: Record<PovertyStatus, string> = {
  POOR: 'red',
  NEAR_POOR: 'orange',
  MIDDLE_INCOME: 'blue',
  NOT_POOR: 'green',
};

const STATE_COLOR: Record<CaseState, string> = {
  LISTED: 'gray',
  ASSESSED: 'blue',
  AGREED: 'teal',
  RETURNED: 'orange',
  DISPUTED: 'red',
  DECIDED: 'green',
};

const STAGE_COLOR: Record<CommuneStage, string> = {
  ASSESSING: 'blue',
  POSTING: 'orange',
  DECIDED: 'teal',
  CONSOLIDATED: 'green',
};

const base: Partial<BadgeProps> = { variant: 'light', tt: 'none', radius: 'sm' };

/** A poverty status in words; a dash when there is none yet. */
export function StatusBadge({ status, ...props }: { status: PovertyStatus | null | undefined } & BadgeProps) {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return (
    <Badge {...base} color={STATUS_COLOR[status]} data-status={status} {...props}>
      {t(`review.status.${status}`)}
    </Badge>
  );
}

export function CaseStateBadge({ state, ...props }: { state: CaseState } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge {...base} color={STATE_COLOR[state]} data-state={state} {...props}>
      {t(`review.state.${state}`)}
    </Badge>
  );
}

export function StageBadge({ stage, ...props }: { stage: CommuneStage } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge {...base} color={STAGE_COLOR[stage]} data-stage={stage} {...props}>
      {t(`review.stage.${stage}`)}
    </Badge>
  );
}

/** Past the cycle's closing date without a decision: an icon and a word, not colour alone. */
export function LateBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color="red.8"
      tt="none"
      radius="sm"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      data-testid="late-badge"
      {...props}
    >
      {t('review.commune.late')}
    </Badge>
  );
}
