import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Navigate } from 'react-router';
import { LoadingState, ProblemAlert, usePageTitle } from '@/components';
import { hasPermission, useMe } from '@/lib/auth';
import { toHouseholds, toMe, toSelfCheck } from '@/lib/paths';

function Welcome() {
  const { t } = useTranslation();
  const auth = useAuth();
  usePageTitle(t('app.welcome.title'));
  return (
    <Stack gap="lg" maw={720} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('app.welcome.title')}
          </Title>
          <Text>{t('app.welcome.text')}</Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="welcome-self-check">
        <Stack gap="sm">
          <Title order={2} fz="xl" id="welcome-self-check">
            {t('app.welcome.selfCheckTitle')}
          </Title>
          <Text>{t('app.welcome.selfCheckText')}</Text>
          <Button
            component={Link}
            to={toSelfCheck()}
            size="md"
            w={{ base: '100%', xs: 'fit-content' }}
            leftSection={<IconClipboardCheck size={20} aria-hidden />}
            data-testid="self-check-link"
          >
            {t('app.welcome.selfCheckLink')}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="welcome-officers">
        <Stack gap="sm">
          <Title order={2} fz="xl" id="welcome-officers">
            {t('app.welcome.officers')}
          </Title>
          {auth.error && (
            <Alert color="red" role="alert" title={t('app.auth.error')}>
              {auth.error.message}
            </Alert>
          )}
          <Button
            size="md"
            variant="default"
            w={{ base: '100%', xs: 'fit-content' }}
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
    </Stack>
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
