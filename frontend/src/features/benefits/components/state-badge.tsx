import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntitlementState } from '@/lib/api/types';

const COLORS: Record<EntitlementState, string> = {
  ELIGIBLE: 'blue',
  REQUESTED: 'indigo',
  ENROLLED: 'violet',
  FULFILLED: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

/** The state in words (never colour alone). */
export function StateBadge({ state }: { state: EntitlementState }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[state]}
      variant="light"
      data-state={state}
      // the whole word, never cut to "Đủ điề…": the column grows instead
      styles={{ root: { textTransform: 'none', minWidth: 'max-content' }, label: { overflow: 'visible' } }}
    >
      {t(`benefits.states.${state}`)}
    </Badge>
  );
}
