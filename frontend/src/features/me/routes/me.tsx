import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoGrid, LoadingState, PageHeader, ProblemAlert } from '@/components';
import { useMe } from '@/lib/auth';

export function MeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  const m = me.data;
  const scope =
    m.scope === 'COMMUNE'
      ? t('me.scope.COMMUNE', { code: m.communeCode ?? '' })
      : t(`me.scope.${m.scope}`, { defaultValue: m.scope });
  return (
    <Stack gap="md">
      <PageHeader title={t('me.title')} />
      <Paper withBorder p="md" radius="md">
        <InfoGrid
          items={[
            { label: t('me.username'), value: m.username },
            { label: t('me.displayName'), value: m.displayName ?? '' },
            { label: t('me.scopeLabel'), value: scope },
            {
              label: t('me.jobRoles'),
              value: m.jobRoles.map((r) => t(`me.roles.${r}`, { defaultValue: r })).join(', '),
            },
            ...(m.departmentCode ? [{ label: t('me.department'), value: m.departmentCode }] : []),
          ]}
        />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="permissions-heading">
        <Title order={2} fz="lg" mb="sm" id="permissions-heading">
          {t('me.permissions')}
        </Title>
        <Group gap="xs">
          {m.permissions.map((p) => (
            <Badge key={p} variant="light" color="gray" tt="none" ff="monospace">
              {p}
            </Badge>
          ))}
        </Group>
      </Paper>
    </Stack>
  );
}
