import { useMemo } from 'react';
import { Anchor, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LoadingState, PageHeader } from '@/components';
import { useMe } from '@/lib/auth';
import { toHousehold, toHouseholds } from '@/lib/paths';
import { useRegisterHousehold } from '../api/register-household';
import { HouseholdForm } from '../components/household-form';
import { emptyHousehold, householdCreateBody, type HouseholdFormValues } from '../form-model';

export function HouseholdRegisterRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const register = useRegisterHousehold();
  const fixedCommuneCode = me.data?.scope === 'COMMUNE' ? (me.data.communeCode ?? null) : null;
  const initialValues = useMemo(() => emptyHousehold(fixedCommuneCode ?? ''), [fixedCommuneCode]);

  if (me.isPending) return <LoadingState />;

  const submit = (values: HouseholdFormValues) => {
    register.mutate(householdCreateBody({ ...values, communeCode: fixedCommuneCode ?? values.communeCode }), {
      onSuccess: (household) => {
        notifications.show({ color: 'green', message: t('households.form.registered', { code: household.code }) });
        void navigate(toHousehold(household.id));
      },
    });
  };

  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to={toHouseholds()} size="sm">
            {t('households.detail.backToList')}
          </Anchor>
        }
        title={t('households.form.registerTitle')}
      />
      <Paper withBorder p="md" radius="md">
        <HouseholdForm
          mode="register"
          initialValues={initialValues}
          fixedCommuneCode={fixedCommuneCode}
          submitting={register.isPending}
          error={register.error}
          onSubmit={submit}
          onCancel={() => void navigate(-1)}
        />
      </Paper>
    </>
  );
}
