import { useState, type ComponentType } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Tabs, Title } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { InfoGrid, LoadingState, PageHeader, ProblemAlert, usePageTitle } from '@/components';
import type { Household, Member } from '@/lib/api/types';
import { hasPermission, useMe, usePermission, type Permission } from '@/lib/auth';
import { formatDate, formatDateTime, formatVnd, todayIso } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { toHouseholdEdit, toHouseholds } from '@/lib/paths';
import { isNotFound } from '@/lib/problem';
import { useHousehold } from '../api/get-household';
import { ArchiveModal } from '../components/archive-modal';
import { ClassificationTab } from '../components/classification-card';
import { DepartureModal } from '../components/departure-modal';
import { HistoryList } from '../components/history-list';
import { HousingFacts } from '../components/housing-facts';
import { MemberModal } from '../components/member-modal';
import { MembersTable } from '../components/members-table';
import { enumLabel } from '../labels';

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={toHouseholds()} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('households.detail.backToList')}
      </Group>
    </Anchor>
  );
}

export function HouseholdNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('households.detail.notFound.title'));
  return (
    <Stack gap="md" data-testid="household-not-found">
      <BackToList />
      <Title order={1} fz={26}>
        {t('households.detail.notFound.title')}
      </Title>
      <Alert color="gray" variant="light">
        {t('households.detail.notFound.text')}
      </Alert>
    </Stack>
  );
}

/**
 * A tab another feature adds to the household page (the app composes them, so features stay apart): its label,
 * its panel, and optionally a link beside each member that opens the tab on that member.
 */
export interface HouseholdTab {
  value: string;
  permission: Permission;
  Label: ComponentType;
  Panel: ComponentType<{ household: Household }>;
  MemberLink?: ComponentType<{ household: Household; member: Member }>;
}

export function HouseholdDetailRoute({ tabs: extraTabs = [] }: { tabs?: HouseholdTab[] }) {
  const { householdId = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const household = useHousehold(householdId);
  const canWrite = usePermission('household:write');
  const canRead = usePermission('household:read');
  const me = useMe();
  const added = extraTabs.filter((tab) => hasPermission(me.data, tab.permission));
  const [params, setParams] = useSearchParams();
  const tabs = ['members', 'housing', 'history', ...(canRead ? ['classification'] : []), ...added.map((tab) => tab.value)];
  const requestedTab = params.get('tab') ?? 'members';
  const tab = tabs.includes(requestedTab) ? requestedTab : 'members';
  const reviewDate = params.get('date') ?? todayIso();
  const changeParams = (change: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const [memberModal, setMemberModal] = useState<{ opened: boolean; member: Member | null }>({
    opened: false,
    member: null,
  });
  const [departing, setDeparting] = useState<Member | null>(null);
  const [archiving, setArchiving] = useState(false);

  if (household.isPending) return <LoadingState />;
  if (household.isError) {
    if (isNotFound(household.error)) return <HouseholdNotFound />;
    return (
      <Stack>
        <BackToList />
        <ProblemAlert error={household.error} onRetry={() => void household.refetch()} />
      </Stack>
    );
  }
  const h = household.data;
  const writable = canWrite && !h.archived;
  const reload = () => household.refetch();

  return (
    <Stack gap="lg">
      <PageHeader
        above={<BackToList />}
        title={t('households.detail.title', { code: h.code })}
        description={
          <>
            {h.headName && t('households.detail.headLine', { name: h.headName })}
            {h.archived && (
              <Badge ml="sm" color="gray" variant="outline">
                {t('households.list.status.archived')}
              </Badge>
            )}
          </>
        }
        actions={
          writable && (
            <>
              <Button component={Link} to={toHouseholdEdit(h.id)} leftSection={<IconPencil size={16} aria-hidden />}>
                {t('households.detail.edit')}
              </Button>
              <Button
                variant="outline"
                color="red"
                leftSection={<IconArchive size={16} aria-hidden />}
                onClick={() => setArchiving(true)}
              >
                {t('households.detail.archive')}
              </Button>
            </>
          )
        }
      />

      {h.archived && (
        <Alert color="gray" variant="light" title={t('households.detail.archivedTitle')}>
          {t('households.detail.archivedText', {
            date: formatDate(h.archivedAt),
            reason: enumLabel(t, 'archiveReason', h.archiveReason),
          })}
          {h.archiveNote ? ` — ${h.archiveNote}` : ''}
        </Alert>
      )}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="general-heading">
        <Title order={2} fz="lg" mb="sm" id="general-heading">
          {t('households.detail.sections.general')}
        </Title>
        <InfoGrid
          items={[
            { label: t('households.fields.code'), value: h.code },
            { label: t('households.fields.head'), value: h.headName ?? '' },
            { label: t('households.fields.address'), value: h.address },
            { label: t('households.fields.hamlet'), value: h.hamletName ?? h.hamletCode },
            { label: t('households.fields.commune'), value: h.communeName ?? h.communeCode },
            { label: t('households.fields.phone'), value: h.phone ?? '' },
            {
              label: t('households.fields.monthlyIncomePerCapitaVnd'),
              value: formatVnd(h.monthlyIncomePerCapitaVnd, language),
            },
            {
              label: t('households.fields.createdAt'),
              value: h.createdBy
                ? t('households.fields.byUser', { time: formatDateTime(h.createdAt), user: h.createdBy })
                : formatDateTime(h.createdAt),
            },
            {
              label: t('households.fields.updatedAt'),
              value: h.updatedBy
                ? t('households.fields.byUser', { time: formatDateTime(h.updatedAt), user: h.updatedBy })
                : formatDateTime(h.updatedAt),
            },
          ]}
        />
      </Paper>

      <Tabs
        value={tab}
        onChange={(value) => changeParams({ tab: value && value !== 'members' ? value : null })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('households.detail.tabsLabel')}>
          <Tabs.Tab value="members">{t('households.detail.sections.members', { count: h.members.length })}</Tabs.Tab>
          <Tabs.Tab value="housing">{t('households.detail.sections.housing')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('households.detail.sections.history')}</Tabs.Tab>
          {canRead && <Tabs.Tab value="classification">{t('households.classification.tab')}</Tabs.Tab>}
          {added.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              <tab.Label />
            </Tabs.Tab>
          ))}
        </Tabs.List>

        <Tabs.Panel value="members" pt="md">
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              {writable && (
                <Group justify="flex-end">
                  <Button
                    variant="light"
                    leftSection={<IconUserPlus size={16} aria-hidden />}
                    onClick={() => setMemberModal({ opened: true, member: null })}
                  >
                    {t('households.members.add')}
                  </Button>
                </Group>
              )}
              <MembersTable
                members={h.members}
                canWrite={writable}
                onEdit={(member) => setMemberModal({ opened: true, member })}
                onDepart={setDeparting}
                memberLinks={added.flatMap(({ MemberLink }) =>
                  MemberLink ? [(member: Member) => <MemberLink household={h} member={member} />] : [],
                )}
              />
            </Stack>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="housing" pt="md">
          <Paper withBorder p="md" radius="md">
            <HousingFacts housing={h.housing ?? {}} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Paper withBorder p="md" radius="md">
            <HistoryList householdId={h.id} />
          </Paper>
        </Tabs.Panel>
        {canRead && (
          <Tabs.Panel value="classification" pt="md">
            <ClassificationTab
              householdId={h.id}
              date={reviewDate}
              onDateChange={(date) => changeParams({ date })}
            />
          </Tabs.Panel>
        )}
        {added.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            <tab.Panel household={h} />
          </Tabs.Panel>
        ))}
      </Tabs>

      {writable && (
        <>
          <MemberModal
            household={h}
            member={memberModal.member}
            opened={memberModal.opened}
            onClose={() => setMemberModal({ opened: false, member: null })}
            onReload={reload}
          />
          <DepartureModal household={h} member={departing} onClose={() => setDeparting(null)} onReload={reload} />
          <ArchiveModal household={h} opened={archiving} onClose={() => setArchiving(false)} onReload={reload} />
        </>
      )}
    </Stack>
  );
}
