import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth';
import { useCommunes } from '../api/get-communes';

/** The commune filter; commune staff see only their own commune, so they get no choice. */
export function CommuneFilter({ value, onChange }: { value: string | undefined; onChange: (code: string | null) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const communes = useCommunes();
  if (me.data?.scope === 'COMMUNE') return null;
  return (
    <NativeSelect
      label={t('benefits.coverage.commune')}
      w={{ base: '100%', sm: 300 }}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[
        { value: '', label: t('benefits.coverage.allCommunes') },
        ...(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name })),
      ]}
    />
  );
}
