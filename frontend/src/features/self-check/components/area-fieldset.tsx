import { NativeSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCommunes } from '../api/get-communes';
import type { AreaType } from '@/lib/api/types';
import type { SelfCheckValues } from '../model';
import { Choice } from './choice';
import { Section } from './section';

const AREA_TYPES: AreaType[] = ['RURAL', 'URBAN'];

/** Step 1: rural or urban, chosen directly or from the household's commune. */
export function AreaFieldset({ form }: { form: UseFormReturnType<SelfCheckValues> }) {
  const { t } = useTranslation();
  const communes = useCommunes();
  const items = communes.data?.items ?? [];
  const commune = items.find((c) => c.code === form.values.communeCode);

  const chooseAreaType = (value: string) => {
    form.setFieldValue('areaType', value as AreaType);
    if (commune && commune.areaType !== value) form.setFieldValue('communeCode', '');
  };
  const chooseCommune = (code: string) => {
    form.setFieldValue('communeCode', code);
    const picked = items.find((c) => c.code === code);
    if (picked?.areaType) {
      form.setFieldValue('areaType', picked.areaType);
      form.clearFieldError('areaType');
    }
  };

  return (
    <Section legend={t('selfCheck.area.legend')}>
      <Stack gap="md">
        <Radio.Group
          id="self-check-area"
          size="md"
          value={form.values.areaType}
          onChange={chooseAreaType}
          error={form.errors.areaType}
          data-has-error={form.errors.areaType ? 'true' : undefined}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {AREA_TYPES.map((type) => (
              <Choice
                key={type}
                value={type}
                label={t(`selfCheck.area.${type}`)}
                description={t(`selfCheck.area.${type}Hint`)}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {communes.isError ? (
          <Text size="sm" c="dimmed">
            {t('selfCheck.area.communesUnavailable')}
          </Text>
        ) : (
          <NativeSelect
            label={t('selfCheck.area.commune')}
            description={
              commune?.areaType
                ? t('selfCheck.area.communeIs', {
                    name: commune.name,
                    areaType: t(`selfCheck.area.areaType.${commune.areaType}`),
                  })
                : t('selfCheck.area.communeHint')
            }
            size="md"
            value={form.values.communeCode}
            onChange={(e) => chooseCommune(e.currentTarget.value)}
            data={[
              { value: '', label: t('selfCheck.area.noCommune') },
              ...items.map((c) => ({ value: c.code, label: c.name })),
            ]}
          />
        )}
      </Stack>
    </Section>
  );
}
