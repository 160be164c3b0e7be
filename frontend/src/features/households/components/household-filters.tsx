import { useEffect, useState } from 'react';
import { Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCommunes, useHamlets } from '../api/get-areas';
import { SORTS, type HouseholdListSearch } from '../list-search';

interface HouseholdFiltersProps {
  search: HouseholdListSearch;
  /** A commune officer's commune; the commune filter is then fixed. */
  fixedCommuneCode?: string | null;
  onChange: (change: Partial<HouseholdListSearch>) => void;
  debounceMs?: number;
}

export function HouseholdFilters({ search, fixedCommuneCode, onChange, debounceMs = 350 }: HouseholdFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q);
  const [debounced] = useDebouncedValue(text, debounceMs);

  useEffect(() => {
    setText(search.q);
  }, [search.q]);

  useEffect(() => {
    if (debounced.trim() !== search.q.trim()) onChange({ q: debounced });
  }, [debounced]);

  const communes = useCommunes(!fixedCommuneCode);
  const communeCode = fixedCommuneCode ?? search.communeCode;
  const hamlets = useHamlets(communeCode);
  const f = (name: string) => t(`households.list.filters.${name}`);

  return (
    <Group role="search" aria-label={f('label')} align="flex-end" gap="md" wrap="wrap">
      <SimpleGrid cols={{ base: 1, xs: 2, md: fixedCommuneCode ? 4 : 5 }} spacing="md" style={{ flex: 1 }}>
        <TextInput
          label={f('q')}
          placeholder={f('qPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          type="search"
          autoComplete="off"
        />
        {!fixedCommuneCode && (
          <NativeSelect
            label={f('commune')}
            value={search.communeCode ?? ''}
            data={[
              { value: '', label: f('allCommunes') },
              ...(communes.data?.items ?? []).map((a) => ({ value: a.code, label: a.name })),
            ]}
            onChange={(e) => onChange({ communeCode: e.currentTarget.value || undefined })}
          />
        )}
        <NativeSelect
          label={f('hamlet')}
          value={search.hamletCode ?? ''}
          disabled={!communeCode}
          data={[
            { value: '', label: f('allHamlets') },
            ...(hamlets.data?.items ?? []).map((a) => ({ value: a.code, label: a.name })),
          ]}
          onChange={(e) => onChange({ hamletCode: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={f('status')}
          value={search.status}
          data={(['active', 'archived', 'all'] as const).map((s) => ({
            value: s,
            label: t(`households.list.status.${s}`),
          }))}
          onChange={(e) => onChange({ status: e.currentTarget.value as HouseholdListSearch['status'] })}
        />
        <NativeSelect
          label={f('sort')}
          value={search.sort}
          data={SORTS.map((s) => ({ value: s, label: t(`households.list.sort.${s}`) }))}
          onChange={(e) => onChange({ sort: e.currentTarget.value as HouseholdListSearch['sort'] })}
        />
      </SimpleGrid>
    </Group>
  );
}
