import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState, PageHeader, Pagination, ProblemAlert } from '@/components';
import { usePermission, useMe } from '@/lib/auth';
import { toHouseholdNew } from '@/lib/paths';
import { useHouseholds } from '../api/get-households';
import { useCommunes } from '../api/get-areas';
import { HouseholdFilters } from '../components/household-filters';
import { HouseholdsTable } from '../components/households-table';
import {
  parseListSearch,
  toApiQuery,
  toSearchParams,
  withFilter,
  type HouseholdListSearch,
} from '../list-search';

export function HouseholdsListRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseListSearch(params);
  const me = useMe();
  const canWrite = usePermission('household:write');
  const fixedCommuneCode = me.data?.scope === 'COMMUNE' ? (me.data.communeCode ?? null) : null;
  const households = useHouseholds(toApiQuery(search, fixedCommuneCode), me.isSuccess);
  const communes = useCommunes(!!fixedCommuneCode);
  const fixedCommuneName = communes.data?.items.find((a) => a.code === fixedCommuneCode)?.name ?? fixedCommuneCode;

  const update = (change: Partial<HouseholdListSearch>, replace = false) => {
    setParams(toSearchParams(withFilter(search, change)), { replace });
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('households.list.title')}
        description={
          fixedCommuneCode
            ? t('households.list.fixedCommune', { name: fixedCommuneName })
            : t('households.list.description')
        }
        actions={
          canWrite && (
            <Button component={Link} to={toHouseholdNew()} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('households.list.register')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        <HouseholdFilters
          search={search}
          fixedCommuneCode={fixedCommuneCode}
          onChange={(change) => update(change, 'q' in change)}
        />
      </Paper>
      <Paper withBorder p="md" radius="md" aria-busy={households.isFetching}>
        {households.isPending ? (
          <LoadingState />
        ) : households.isError ? (
          <ProblemAlert error={households.error} onRetry={() => void households.refetch()} />
        ) : households.data.items.length === 0 ? (
          <Text c="dimmed" py="lg" ta="center" role="status">
            {t('households.list.empty')}
          </Text>
        ) : (
          <Stack gap="md">
            <HouseholdsTable items={households.data.items} />
            <Pagination
              page={households.data.page}
              size={households.data.size}
              totalItems={households.data.totalItems}
              totalPages={households.data.totalPages}
              exact={households.data.totalItemsExact}
              onPageChange={(page) => update({ page })}
              onSizeChange={(size) => update({ size })}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
