import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Navigate } from 'react-router';
import { LoadingState, ProblemAlert, usePageTitle } from '@/components';
import { hasPermission, useMe } from '@/lib/auth';
import { toHouseholds, toMe } from '@/lib/paths';

function Welcome() {
  const { t } = useTranslation();
  const auth = useAuth();
  usePageTitle(t('app.welcome.title'));
  return (
    <Paper withBorder radius="md" p="xl" maw={720} mx="auto" mt="xl">
      <Stack gap="md">
        <Title order={1} fz={28}>
          {t('app.welcome.title')}
        </Title>
        <Text>{t('app.welcome.text')}</Text>
        {auth.error && (
          <Alert color="red" role="alert" title={t('app.auth.error')}>
            {auth.error.message}
          </Alert>
        )}
        <Button
          size="md"
          w="fit-content"
          leftSection={<IconLogin size={18} aria-hidden />}
          onClick={() => void auth.signinRedirect({ state: { returnTo: toHouseholds() } })}
          data-testid="login-button"
        >
          {t('app.auth.login')}
        </Button>
        <Text size="sm" c="gray.7">
          {t('app.welcome.help')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Signed in: the user's main page; otherwise a welcome with the login button. */
export function HomeRoute() {
  const auth = useAuth();
  const me = useMe();
  if (auth.isLoading) return <LoadingState />;
  if (!auth.isAuthenticated) return <Welcome />;
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  return <Navigate to={hasPermission(me.data, 'household:read') ? toHouseholds() : toMe()} replace />;
}
