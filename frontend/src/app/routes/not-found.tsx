import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/components';

export function NotFoundRoute() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFound.title'));
  return (
    <Stack gap="md">
      <Title order={1} fz={26}>
        {t('app.notFound.title')}
      </Title>
      <Text>{t('app.notFound.text')}</Text>
      <Anchor component={Link} to="/">
        {t('app.notFound.home')}
      </Anchor>
    </Stack>
  );
}
