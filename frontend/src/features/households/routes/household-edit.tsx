import { useEffect, useMemo, useState } from 'react';
import { Anchor, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import type { Household } from '@/lib/api/types';
import { toHousehold } from '@/lib/paths';
import { isNotFound } from '@/lib/problem';
import { useHousehold } from '../api/get-household';
import { useUpdateHousehold } from '../api/update-household';
import { HouseholdForm } from '../components/household-form';
import { householdToForm, householdUpdateBody, type HouseholdFormValues } from '../form-model';
import { HouseholdNotFound } from './household-detail';

export function HouseholdEditRoute() {
  const { householdId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const household = useHousehold(householdId);
  const update = useUpdateHousehold();
  const [reloading, setReloading] = useState(false);
  /** The household as the form was filled from it; its version goes in If-Match, so a save never overwrites silently. */
  const [base, setBase] = useState<Household | null>(null);
  const data = household.data;
  useEffect(() => {
    if (data && !base && !household.isFetching) setBase(data);
  }, [data, base, household.isFetching]);
  const initialValues = useMemo(() => (base ? householdToForm(base) : null), [base]);

  if (household.isPending || (household.isSuccess && !base)) return <LoadingState />;
  if (household.isError) {
    if (isNotFound(household.error)) return <HouseholdNotFound />;
    return <ProblemAlert error={household.error} onRetry={() => void household.refetch()} />;
  }
  const h = household.data;

  const submit = (values: HouseholdFormValues) => {
    update.mutate(
      { householdId: h.id, version: base?.version ?? h.version, body: householdUpdateBody(values) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('households.form.saved', { code: saved.code }) });
          void navigate(toHousehold(saved.id));
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const latest = await household.refetch();
      if (latest.data) setBase(latest.data);
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to={toHousehold(h.id)} size="sm">
            {t('households.form.backToHousehold', { code: h.code })}
          </Anchor>
        }
        title={t('households.form.editTitle', { code: h.code })}
      />
      <Paper withBorder p="md" radius="md">
        {initialValues && (
          <HouseholdForm
            mode="edit"
            initialValues={initialValues}
            fixedCommuneCode={h.communeCode}
            submitting={update.isPending}
            error={update.error}
            onSubmit={submit}
            onCancel={() => void navigate(toHousehold(h.id))}
            onReload={() => void reload()}
            reloading={reloading}
          />
        )}
      </Paper>
    </>
  );
}
