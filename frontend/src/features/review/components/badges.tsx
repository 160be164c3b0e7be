import type { ReactNode } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CaseState, CommuneStage, PovertyStatus } from '@/lib/api/types';

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

export type Tone = 'red' | 'orange' | 'blue' | 'teal' | 'green' | 'gray' | 'navy';

/** Dark ink per tone: text on the tinted background (and the filled background) keep AA contrast on any row. */
const INK: Record<Tone, string> = {
  red: '#9b1c1c',
  orange: '#8f2f0a',
  blue: '#144e87',
  teal: '#0a5c45',
  green: '#1f6a32',
  gray: '#212529',
  navy: '#0c448d',
};

/** Badges wrap instead of cutting a long status off in a narrow table column. */
const wrapping: BadgeProps['styles'] = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

type TagProps = Omit<BadgeProps, 'color' | 'variant'> & {
  tone: Tone;
  variant?: 'light' | 'filled' | 'outline';
  children?: ReactNode;
} & Record<`data-${string}`, string | boolean | undefined>;

/** A badge of the review: a tone, a word, and dark enough ink for WCAG AA. */
export function Tag({ tone, variant = 'light', ...props }: TagProps) {
  return (
    <Badge
      variant={variant}
      color={variant === 'filled' ? INK[tone] : tone}
      c={variant === 'filled' ? 'white' : INK[tone]}
      tt="none"
      radius="sm"
      styles={wrapping}
      {...props}
    />
  );
}

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
