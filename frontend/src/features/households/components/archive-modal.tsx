import { useEffect } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ProblemAlert } from '@/components';
import type { ArchiveReason, Household } from '@/lib/api/types';
import { useArchiveHousehold } from '../api/archive-household';
import { ARCHIVE_REASONS, enumOptions } from '../labels';
import { useServerErrors } from './use-server-errors';

interface ArchiveValues {
  reason: ArchiveReason | '';
  note: string;
  mergedIntoHouseholdId: string;
}

interface ArchiveModalProps {
  household: Household;
  opened: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ArchiveModal({ household, opened, onClose, onReload }: ArchiveModalProps) {
  const { t } = useTranslation();
  const archive = useArchiveHousehold();
  const form = useForm<ArchiveValues>({
    initialValues: { reason: '', note: '', mergedIntoHouseholdId: '' },
    validate: {
      reason: (v) => (v ? null : t('households.validation.required')),
      mergedIntoHouseholdId: (v, values) => {
        if (values.reason !== 'MERGED') return null;
        if (!v.trim()) return t('households.validation.required');
        return UUID.test(v.trim()) ? null : t('households.validation.householdId');
      },
    },
  });

  useEffect(() => {
    if (opened) {
      form.reset();
      archive.reset();
    }
  }, [opened]);

  const { problem, conflict, otherMessages } = useServerErrors(form, archive.error);

  const submit = (values: ArchiveValues) => {
    archive.mutate(
      {
        householdId: household.id,
        version: household.version,
        body: {
          reason: values.reason as ArchiveReason,
          note: values.note.trim() || undefined,
          mergedIntoHouseholdId: values.reason === 'MERGED' ? values.mergedIntoHouseholdId.trim() : undefined,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('households.archive.done', { code: household.code }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('households.archive.title', { code: household.code })}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('households.archive.intro')}</Text>
          {conflict && <ConflictAlert onReload={() => void onReload().then(() => archive.reset())} />}
          {problem && !conflict && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <NativeSelect
            label={t('households.archive.reason')}
            required
            data={enumOptions(t, 'archiveReason', ARCHIVE_REASONS, t('common.choose'))}
            {...form.getInputProps('reason')}
          />
          {form.values.reason === 'MERGED' && (
            <TextInput
              label={t('households.archive.mergedInto')}
              description={t('households.archive.mergedIntoHint')}
              required
              {...form.getInputProps('mergedIntoHouseholdId')}
            />
          )}
          <Textarea label={t('households.archive.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={archive.isPending}>
              {t('households.archive.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
