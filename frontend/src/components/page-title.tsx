import { useEffect, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · <app>". */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Breadcrumb or back link shown above the title. */
  above?: ReactNode;
}

/** The page's h1, its tab title and its main actions. */
export function PageHeader({ title, description, actions, above }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Stack gap={4} mb="md">
      {above}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} fz={26}>
            {title}
          </Title>
          {description && (
            // a div, not a paragraph: a description may hold badges and other blocks
            <Text component="div" c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
