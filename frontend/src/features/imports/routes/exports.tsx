import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components';
import { useMe } from '@/lib/auth';
import { ExportPanel } from '../components/export-panel';
import { exportableKinds } from '../exports';

/**
 * The exports of the caller's area, on a page of their own: commune officers export their commune without the
 * import permission the imports page needs.
 */
export function ExportsRoute() {
  const { t } = useTranslation();
  const kinds = exportableKinds(useMe().data);
  return (
    <Stack>
      <PageHeader
        title={t('imports.exportPage.title')}
        description={
          <Stack gap={4}>
            <Text size="sm">{t('imports.exportPage.description')}</Text>
            {/* only what the caller may export: the rest would be refused */}
            <List size="sm" data-testid="export-holds">
              {kinds.map((k) => (
                <List.Item key={k}>
                  <Text span fw={600} size="sm">
                    {t(`imports.export.kinds.${k}`)}
                  </Text>
                  {`: ${t(`imports.exportPage.holds.${k}`)}`}
                </List.Item>
              ))}
            </List>
            <Text size="sm">{t('imports.exportPage.audit')}</Text>
          </Stack>
        }
      />
      <ExportPanel />
    </Stack>
  );
}
