import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import { LoadingState, ProblemAlert, usePageTitle } from '@/components';
import type { Me } from '@/lib/api/types';
import { hasPermission, useMe, type Permission } from '@/lib/auth';

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('app.forbidden.title'));
  return (
    <Stack gap="md">
      <Title order={1} fz={26}>
        {t('app.forbidden.title')}
      </Title>
      <Alert color="gray" variant="light">
        {t('app.forbidden.text')}
      </Alert>
    </Stack>
  );
}

/** Sends a visitor without a session to the login page, and back here afterwards. */
function SigningIn() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const started = useRef(false);
  const returnTo = `${location.pathname}${location.search}`;
  usePageTitle(t('app.auth.login'));
  useEffect(() => {
    if (!started.current && !auth.error && !auth.activeNavigator) {
      started.current = true;
      void auth.signinRedirect({ state: { returnTo } });
    }
  }, [auth, returnTo]);
  if (auth.error) {
    return (
      <Stack gap="md">
        <Alert color="red" title={t('app.auth.error')} role="alert">
          {auth.error.message}
        </Alert>
        <Button onClick={() => void auth.signinRedirect({ state: { returnTo } })} w="fit-content">
          {t('app.auth.login')}
        </Button>
      </Stack>
    );
  }
  return <LoadingState label={t('app.auth.redirecting')} />;
}

interface RequireAuthProps {
  permission?: Permission;
  /** For pages open to more than one permission (e.g. any caller with something to export). */
  allow?: (me: Me) => boolean;
  children: ReactNode;
}

/** A page that needs a signed-in user, and possibly a permission or another check of the caller. */
export function RequireAuth({ permission, allow, children }: RequireAuthProps) {
  const auth = useAuth();
  const me = useMe();
  if (auth.isLoading) return <LoadingState />;
  if (!auth.isAuthenticated) return <SigningIn />;
  if (!permission && !allow) return <>{children}</>;
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (permission && !hasPermission(me.data, permission)) return <Forbidden />;
  if (allow && !allow(me.data)) return <Forbidden />;
  return <>{children}</>;
}
