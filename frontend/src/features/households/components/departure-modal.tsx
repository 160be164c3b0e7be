import { useEffect } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, DateField, ProblemAlert } from '@/components';
import type { Household, LeaveReason, Member } from '@/lib/api/types';
import { formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import { useRecordDeparture } from '../api/record-departure';
import { LEAVE_REASONS, enumOptions } from '../labels';
import { useServerErrors } from './use-server-errors';

interface DepartureValues {
  date: string;
  reason: LeaveReason | '';
  note: string;
}

interface DepartureModalProps {
  household: Household;
  member: Member | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function DepartureModal({ household, member, onClose, onReload }: DepartureModalProps) {
  const { t } = useTranslation();
  const depart = useRecordDeparture();
  const form = useForm<DepartureValues>({
    initialValues: { date: formatDate(todayIso()), reason: '', note: '' },
    validate: {
      date: (v) => {
        const iso = parseDisplayDate(v);
        if (!v.trim()) return t('households.validation.required');
        if (!iso) return t('households.validation.date');
        if (iso > todayIso()) return t('households.validation.dateInFuture');
        return null;
      },
      reason: (v) => (v ? null : t('households.validation.required')),
    },
  });

  useEffect(() => {
    if (member) {
      form.setValues({ date: formatDate(todayIso()), reason: '', note: '' });
      form.clearErrors();
      depart.reset();
    }
  }, [member]);

  const { problem, conflict, otherMessages } = useServerErrors(form, depart.error);

  const submit = (values: DepartureValues) => {
    if (!member) return;
    depart.mutate(
      {
        householdId: household.id,
        memberId: member.id,
        version: household.version,
        body: {
          date: parseDisplayDate(values.date) ?? values.date,
          reason: values.reason as LeaveReason,
          note: values.note.trim() || undefined,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('households.depart.done', { name: member.fullName }) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened={member !== null} onClose={onClose} title={t('households.depart.title')}>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {member && <Text size="sm">{t('households.depart.intro', { name: member.fullName })}</Text>}
          {conflict && (
            <ConflictAlert
              onReload={() =>
                void onReload().then(() => {
                  depart.reset();
                })
              }
            />
          )}
          {problem && !conflict && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <DateField label={t('households.depart.date')} required {...form.getInputProps('date')} />
          <NativeSelect
            label={t('households.depart.reason')}
            required
            data={enumOptions(t, 'leaveReason', LEAVE_REASONS, t('common.choose'))}
            {...form.getInputProps('reason')}
          />
          <Textarea label={t('households.depart.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={depart.isPending}>
              {t('households.depart.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
