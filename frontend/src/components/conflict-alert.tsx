import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ConflictAlertProps {
  onReload: () => void;
  reloading?: boolean;
}

/** Shown when a save is refused because someone else saved the record first (412 STALE_VERSION). */
export function ConflictAlert({ onReload, reloading }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={t('common.conflict.title')}
      icon={<IconUsers aria-hidden />}
      data-testid="conflict-alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('common.conflict.detail')}</Text>
        <Group>
          <Button
            color="orange"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onReload}
            loading={reloading}
          >
            {t('common.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
