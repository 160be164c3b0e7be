import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Tag, type TagProps, type Tone } from '@/components';
import type { CaseState, CommuneStage, PovertyStatus } from '@/lib/api/types';

export { Tag, type Tone };

const STATUS_COLOR: Record<PovertyStatus, Tone> = {
  POOR: 'red',
  NEAR_POOR: 'orange',
  MIDDLE_INCOME: 'blue',
  NOT_POOR: 'green',
};

const STATE_COLOR: Record<CaseState, Tone> = {
  LISTED: 'gray',
  ASSESSED: 'blue',
  AGREED: 'teal',
  RETURNED: 'orange',
  DISPUTED: 'red',
  DECIDED: 'green',
};

const STAGE_COLOR: Record<CommuneStage, Tone> = {
  ASSESSING: 'blue',
  POSTING: 'orange',
  DECIDED: 'teal',
  CONSOLIDATED: 'green',
};

/** A poverty status in words; a dash when there is none yet. */
type BadgeOptions = Omit<TagProps, 'tone'>;

export function StatusBadge({ status, ...props }: { status: PovertyStatus | null | undefined } & BadgeOptions) {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return (
    <Tag tone={STATUS_COLOR[status]} data-status={status} {...props}>
      {t(`review.status.${status}`)}
    </Tag>
  );
}

export function CaseStateBadge({ state, ...props }: { state: CaseState } & BadgeOptions) {
  const { t } = useTranslation();
  return (
    <Tag tone={STATE_COLOR[state]} data-state={state} {...props}>
      {t(`review.state.${state}`)}
    </Tag>
  );
}

export function StageBadge({ stage, ...props }: { stage: CommuneStage } & BadgeOptions) {
  const { t } = useTranslation();
  return (
    <Tag tone={STAGE_COLOR[stage]} data-stage={stage} {...props}>
      {t(`review.stage.${stage}`)}
    </Tag>
  );
}

/** Past the cycle's closing date without a decision: an icon and a word, not colour alone. */
export function LateBadge(props: BadgeOptions) {
  const { t } = useTranslation();
  return (
    <Tag
      tone="red"
      variant="filled"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      data-testid="late-badge"
      {...props}
    >
      {t('review.commune.late')}
    </Tag>
  );
}
