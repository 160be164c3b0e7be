import { Button } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Household, Member } from '@/lib/api/types';
import { toHousehold } from '@/lib/paths';
import { HouseholdEntitlements } from './components/household-entitlements';

export const BENEFITS_TAB = 'benefits';

function Label() {
  const { t } = useTranslation();
  return <>{t('benefits.household.tab')}</>;
}

function Panel({ household }: { household: Household }) {
  return <HouseholdEntitlements household={household} />;
}

/** Beside each member: the member's view of the tab (their entitlements and the household's). */
function MemberLink({ household, member }: { household: Household; member: Member }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`${toHousehold(household.id)}?tab=${BENEFITS_TAB}&member=${encodeURIComponent(member.id)}`}
      size="compact-sm"
      variant="subtle"
      leftSection={<IconGift size={14} aria-hidden />}
      aria-label={t('benefits.household.memberLinkNamed', { name: member.fullName })}
    >
      {t('benefits.household.memberLink')}
    </Button>
  );
}

/** The household page's benefits tab, added by the app (features do not import each other). */
export const householdBenefitsTab = {
  value: BENEFITS_TAB,
  permission: 'benefit:read',
  Label,
  Panel,
  MemberLink,
} as const;
