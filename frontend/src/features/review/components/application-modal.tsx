import { useEffect, useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateField, LoadingState, ProblemAlert } from '@/components';
import { formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import { toReviewCase } from '@/lib/paths';
import { useHouseholdSearch } from '../api/get-areas';
import { useRecordApplication } from '../api/record-application';
import { translateErrors, useServerErrors } from './use-server-errors';

interface ApplicationValues {
  householdId: string;
  appliedOn: string;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  cycleId: string;
  communeCode: string;
}

/** Form 01: find a registered household of the commune and record the day its application arrived. */
export function ApplicationModal({ opened, onClose, cycleId, communeCode }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordApplication();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 300);
  const households = useHouseholdSearch(debounced.trim(), communeCode);
  const form = useForm<ApplicationValues>({
    initialValues: { householdId: '', appliedOn: formatDate(todayIso()) },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.householdId) errors.householdId = 'review.application.chooseHousehold';
      const iso = parseDisplayDate(values.appliedOn);
      if (!values.appliedOn.trim()) errors.appliedOn = 'review.validation.required';
      else if (!iso) errors.appliedOn = 'review.validation.date';
      else if (iso > todayIso()) errors.appliedOn = 'review.validation.dateInFuture';
      return translateErrors(errors, t);
    },
  });
  useEffect(() => {
    if (opened) {
      form.setValues({ householdId: '', appliedOn: formatDate(todayIso()) });
      form.clearErrors();
      setQuery('');
      record.reset();
    }
  }, [opened]);
  const { problem, otherMessages } = useServerErrors(form, record.error, (path) =>
    path === 'householdId' || path === 'appliedOn' ? path : null,
  );

  const submit = (values: ApplicationValues) =>
    record.mutate(
      { cycleId, body: { householdId: values.householdId, appliedOn: parseDisplayDate(values.appliedOn) ?? values.appliedOn } },
      {
        onSuccess: (created) => {
          notifications.show({
            color: 'green',
            message: t('review.application.done', { code: created.summary.householdCode }),
          });
          onClose();
          navigate(toReviewCase(created.summary.id));
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.application.title')}
      size="lg"
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('review.application.intro')}</Text>
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <TextInput
            type="search"
            label={t('review.application.search')}
            description={t('review.application.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            autoComplete="off"
          />
          {debounced.trim().length >= 2 &&
            (households.isPending ? (
              <LoadingState />
            ) : households.isError ? (
              <ProblemAlert error={households.error} />
            ) : households.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" role="status">
                {t('review.application.noMatch')}
              </Text>
            ) : (
              <Radio.Group
                label={t('review.application.results')}
                required
                {...form.getInputProps('householdId')}
                data-testid="household-choices"
              >
                <Stack gap={6} mt={4}>
                  {households.data.items.map((h) => (
                    <Radio
                      key={h.id}
                      value={h.id}
                      label={`${h.code} — ${h.headName ?? '—'}`}
                      description={`${h.address}${h.hamletName ? `, ${h.hamletName}` : ''}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ))}
          {form.errors.householdId && debounced.trim().length < 2 && (
            <Text size="sm" c="red.8" role="alert">
              {form.errors.householdId}
            </Text>
          )}
          <DateField label={t('review.application.appliedOn')} required {...form.getInputProps('appliedOn')} w={200} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('review.application.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
