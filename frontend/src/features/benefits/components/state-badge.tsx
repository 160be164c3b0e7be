import { useTranslation } from 'react-i18next';
import { Tag, type Tone } from '@/components';
import type { EntitlementState } from '@/lib/api/types';

const TONES: Record<EntitlementState, Tone> = {
  ELIGIBLE: 'blue',
  REQUESTED: 'navy',
  ENROLLED: 'teal',
  FULFILLED: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

/** The state in words (never colour alone), in ink dark enough for WCAG AA. */
export function StateBadge({ state }: { state: EntitlementState }) {
  const { t } = useTranslation();
  return (
    <Tag
      tone={TONES[state]}
      data-state={state}
      // the whole word, never cut to "Đủ điề…": the column grows instead
      styles={{ root: { minWidth: 'max-content' }, label: { overflow: 'visible' } }}
    >
      {t(`benefits.states.${state}`)}
    </Tag>
  );
}
