import { useEffect } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ProblemAlert } from '@/components';
import { currentLanguage } from '@/lib/i18n';
import { useCommunes, useHamlets } from '../api/get-areas';
import {
  emptyMember,
  householdErrors,
  type HouseholdFormValues,
} from '../form-model';
import { DEVICES, LATRINE_TYPES, MATERIALS, WATER_SOURCES, enumOptions } from '../labels';
import { MemberFields } from './member-fields';
import { useServerErrors } from './use-server-errors';

interface HouseholdFormProps {
  mode: 'register' | 'edit';
  initialValues: HouseholdFormValues;
  /** A commune officer registers only in their own commune. */
  fixedCommuneCode?: string | null;
  submitting: boolean;
  error: unknown;
  onSubmit: (values: HouseholdFormValues) => void;
  onCancel: () => void;
  /** Reload the latest version after a conflict. */
  onReload?: () => void;
  reloading?: boolean;
}

export function focusFirstInvalid(): void {
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    el?.focus();
  }, 0);
}

export function HouseholdForm({
  mode,
  initialValues,
  fixedCommuneCode,
  submitting,
  error,
  onSubmit,
  onCancel,
  onReload,
  reloading,
}: HouseholdFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const withMembers = mode === 'register';
  const form = useForm<HouseholdFormValues>({
    initialValues,
    validate: (values) => {
      const keys = householdErrors(values, { withMembers });
      return Object.fromEntries(Object.entries(keys).map(([path, key]) => [path, t(key)]));
    },
    validateInputOnBlur: true,
    clearInputErrorOnChange: true,
  });

  useEffect(() => {
    form.setValues(initialValues);
    form.resetDirty(initialValues);
    form.clearErrors();
  }, [initialValues]);

  const { problem, conflict, otherMessages } = useServerErrors(form, error);

  const communes = useCommunes();
  const communeCode = fixedCommuneCode ?? form.values.communeCode;
  const hamlets = useHamlets(communeCode || undefined);
  const choose = t('common.choose');

  const communeOptions = fixedCommuneCode
    ? [{ value: fixedCommuneCode, label: fixedCommuneCode }]
    : [
        { value: '', label: choose },
        ...(communes.data?.items ?? []).map((a) => ({ value: a.code, label: a.name })),
      ];
  const hamletOptions = [
    { value: '', label: communeCode ? choose : t('households.form.chooseCommuneFirst') },
    ...(hamlets.data?.items ?? []).map((a) => ({ value: a.code, label: a.name })),
  ];

  const membersError = form.errors.members;
  const label = (name: string) => t(`households.fields.${name}`);
  const housingLabel = (name: string) => t(`households.housing.${name}`);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => onSubmit(values), focusFirstInvalid)}
      aria-describedby="form-required-hint"
    >
      <Stack gap="lg">
        <Text id="form-required-hint" size="sm" c="dimmed">
          {t('households.form.requiredHint')}
        </Text>
        {conflict && onReload && <ConflictAlert onReload={onReload} reloading={reloading} />}
        {problem && !conflict && (
          <ProblemAlert error={problem} fieldMessages={otherMessages} />
        )}

        <Fieldset legend={t('households.form.sections.general')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {mode === 'register' && !fixedCommuneCode ? (
              <NativeSelect
                label={label('commune')}
                required
                data={communeOptions}
                {...form.getInputProps('communeCode')}
                onChange={(e) => {
                  form.setFieldValue('communeCode', e.currentTarget.value);
                  form.setFieldValue('hamletCode', '');
                }}
              />
            ) : (
              <TextInput
                label={label('commune')}
                description={mode === 'edit' ? t('households.form.communeFixed') : undefined}
                variant="filled"
                readOnly
                value={
                  (communes.data?.items ?? []).find((a) => a.code === communeCode)?.name ?? communeCode ?? ''
                }
              />
            )}
            <NativeSelect
              label={label('hamlet')}
              required
              data={hamletOptions}
              disabled={!communeCode}
              {...form.getInputProps('hamletCode')}
            />
            <TextInput label={label('address')} required autoComplete="street-address" {...form.getInputProps('address')} />
            <TextInput label={label('phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
            <NumberInput
              label={label('monthlyIncomePerCapitaVnd')}
              description={t('households.form.incomeHint')}
              min={0}
              step={100000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={language === 'vi' ? '.' : ','}
              decimalSeparator={language === 'vi' ? ',' : '.'}
              suffix={language === 'vi' ? ' đ' : ' VND'}
              {...form.getInputProps('monthlyIncomePerCapitaVnd')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('households.form.sections.housing')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
            <NumberInput
              label={housingLabel('floorAreaM2')}
              min={0}
              decimalScale={1}
              allowNegative={false}
              decimalSeparator={language === 'vi' ? ',' : '.'}
              {...form.getInputProps('housing.floorAreaM2')}
            />
            <NativeSelect
              label={housingLabel('wallMaterial')}
              data={enumOptions(t, 'material', MATERIALS, choose)}
              {...form.getInputProps('housing.wallMaterial')}
            />
            <NativeSelect
              label={housingLabel('columnMaterial')}
              data={enumOptions(t, 'material', MATERIALS, choose)}
              {...form.getInputProps('housing.columnMaterial')}
            />
            <NativeSelect
              label={housingLabel('roofMaterial')}
              data={enumOptions(t, 'material', MATERIALS, choose)}
              {...form.getInputProps('housing.roofMaterial')}
            />
            <NativeSelect
              label={housingLabel('waterSource')}
              data={enumOptions(t, 'waterSource', WATER_SOURCES, choose)}
              {...form.getInputProps('housing.waterSource')}
            />
            <NativeSelect
              label={housingLabel('latrineType')}
              data={enumOptions(t, 'latrineType', LATRINE_TYPES, choose)}
              {...form.getInputProps('housing.latrineType')}
            />
          </SimpleGrid>
          <Group mt="md" gap="xl" align="flex-start" wrap="wrap">
            <Checkbox.Group label={housingLabel('devices')} {...form.getInputProps('housing.devices')}>
              <Group mt={6} gap="md">
                {DEVICES.map((d) => (
                  <Checkbox key={d} value={d} label={t(`households.enums.device.${d}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Stack gap="xs" mt={4}>
              <Checkbox
                label={housingLabel('usesTelecom')}
                {...form.getInputProps('housing.usesTelecom', { type: 'checkbox' })}
              />
              <Checkbox
                label={housingLabel('hearsLoudspeaker')}
                {...form.getInputProps('housing.hearsLoudspeaker', { type: 'checkbox' })}
              />
            </Stack>
          </Group>
        </Fieldset>

        {withMembers && (
          <Fieldset legend={t('households.form.sections.members')} variant="filled">
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('households.form.headRule')}
              </Text>
              {membersError && (
                <Text c="red.8" size="sm" role="alert" fw={500}>
                  {membersError}
                </Text>
              )}
              {form.values.members.map((member, index) => (
                <Fieldset
                  key={member.key}
                  legend={t('households.form.memberLegend', { n: index + 1 })}
                  variant="default"
                >
                  <Stack gap="sm">
                    <MemberFields form={form} prefix={`members.${index}.`} />
                    {form.values.members.length > 1 && (
                      <Group justify="flex-end">
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          onClick={() => form.removeListItem('members', index)}
                        >
                          {t('households.form.removeMember', { n: index + 1 })}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Fieldset>
              ))}
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => form.insertListItem('members', emptyMember())}
                  disabled={form.values.members.length >= 30}
                >
                  {t('households.form.addMember')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
