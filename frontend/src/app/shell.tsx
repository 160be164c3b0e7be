import { ActionIcon, AppShell, Avatar, Burger, Button, Group, Menu, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChartBar,
  IconChevronDown,
  IconClipboardCheck,
  IconGift,
  IconSchool,
  IconClipboardList,
  IconHistory,
  IconFileExport,
  IconFileImport,
  IconHome,
  IconLogin,
  IconLogout,
  IconMap2,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useLocation } from 'react-router';
import { canExport } from '@/features/imports';
import { canSeeMonitoring } from '@/features/monitoring';
import { canSeeReview } from '@/features/review';
import { hasPermission, useMe } from '@/lib/auth';
import {
  paths,
  toAreas,
  toAudit,
  toBenefits,
  toExports,
  toHouseholds,
  toImports,
  toMe,
  toMonitoring,
  toReview,
  toSelfCheck,
  toTraining,
} from '@/lib/paths';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconHome;
  visible: boolean;
  match: string;
  /** A path that is active only when it is the whole path (a parent of other entries). */
  exact?: string;
}

function Brand() {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/" aria-label={t('app.homeLink')}>
      <Group gap="sm" wrap="nowrap">
        <svg width="34" height="34" viewBox="0 0 32 32" aria-hidden focusable="false">
          <rect width="32" height="32" rx="6" fill="#b91c1c" />
          <path d="M16 6l2.9 6.5 7.1.6-5.4 4.7 1.6 7-6.2-3.8-6.2 3.8 1.6-7L6 13.1l7.1-.6z" fill="#facc15" />
        </svg>
        <Stack gap={0} className="brand-name">
          <Text fw={800} fz="lg" c="white" lh={1.1}>
            {t('app.name')}
          </Text>
          <Text fz="xs" c="navy.0" lh={1.2} visibleFrom="sm">
            {t('app.subtitle')}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMe();
  if (!auth.isAuthenticated) {
    const signIn = () => void auth.signinRedirect({ state: { returnTo: '/households' } });
    return (
      <>
        <Button
          variant="white"
          size="xs"
          leftSection={<IconLogin size={16} aria-hidden />}
          onClick={signIn}
          visibleFrom="xs"
        >
          {t('app.auth.login')}
        </Button>
        <ActionIcon variant="white" size="lg" onClick={signIn} aria-label={t('app.auth.login')} hiddenFrom="xs">
          <IconLogin size={20} aria-hidden />
        </ActionIcon>
      </>
    );
  }
  const name = me.data?.displayName || me.data?.username || auth.user?.profile.preferred_username || '';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('app.auth.userMenu', { name })} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size={30} radius="xl" color="navy" variant="white" aria-hidden>
              {name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Text c="white" size="sm" fw={500} visibleFrom="sm">
              {name}
            </Text>
            <IconChevronDown size={14} color="white" aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={toMe()} leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('app.nav.me')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void auth.signoutRedirect()}
        >
          {t('app.auth.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const auth = useAuth();
  const me = useMe();
  const location = useLocation();
  const items: NavItem[] = [
    {
      to: toHouseholds(),
      label: t('app.nav.households'),
      icon: IconHome,
      visible: hasPermission(me.data, paths.households.permission),
      match: '/households',
    },
    {
      to: toReview(),
      label: t('app.nav.review'),
      icon: IconClipboardList,
      visible: canSeeReview(me.data),
      match: paths.review.pattern,
    },
    {
      to: toBenefits(),
      label: t('app.nav.benefits'),
      icon: IconGift,
      visible: hasPermission(me.data, paths.benefits.permission),
      match: '/benefits/programs',
      exact: paths.benefits.pattern,
    },
    {
      to: toTraining(),
      label: t('app.nav.training'),
      icon: IconSchool,
      visible: hasPermission(me.data, paths.training.permission),
      match: paths.training.pattern,
    },
    {
      to: toImports(),
      label: t('app.nav.imports'),
      icon: IconFileImport,
      visible: hasPermission(me.data, paths.imports.permission),
      match: paths.imports.pattern,
    },
    {
      to: toExports(),
      label: t('app.nav.exports'),
      icon: IconFileExport,
      visible: canExport(me.data),
      match: paths.exports.pattern,
    },
    {
      to: toMonitoring(),
      label: t('monitoring.nav'),
      icon: IconChartBar,
      visible: canSeeMonitoring(me.data),
      match: '/monitoring',
    },
    { to: toAreas(), label: t('app.nav.areas'), icon: IconMap2, visible: auth.isAuthenticated, match: '/areas' },
    {
      to: toAudit(),
      label: t('app.nav.audit'),
      icon: IconHistory,
      visible: hasPermission(me.data, paths.audit.permission),
      match: '/audit',
    },
    {
      to: toSelfCheck(),
      label: t('app.nav.selfCheck'),
      icon: IconClipboardCheck,
      visible: auth.isAuthenticated,
      match: paths.selfCheck.pattern,
    },
    { to: toMe(), label: t('app.nav.me'), icon: IconUserCircle, visible: auth.isAuthenticated, match: '/me' },
  ];
  const visible = items.filter((i) => i.visible);
  const withNavbar = visible.length > 0;

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={withNavbar ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <AppShell.Header bg="navy.9" withBorder={false}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {withNavbar && (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  color="white"
                  aria-label={t('app.nav.toggle')}
                />
              )}
              <Brand />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        {withNavbar && (
          <AppShell.Navbar p="sm" aria-label={t('app.nav.label')}>
            {visible.map((item) => {
              const active = location.pathname.startsWith(item.match) || location.pathname === item.exact;
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  leftSection={<item.icon size={18} aria-hidden />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                  fw={500}
                />
              );
            })}
          </AppShell.Navbar>
        )}
        <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
          <div style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Outlet />
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
