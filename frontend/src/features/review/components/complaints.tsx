import { useEffect, useState } from 'react';
import { Button, Group, Modal, Paper, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField, ProblemAlert } from '@/components';
import type { Complaint, ComplaintOutcome, ReviewCase } from '@/lib/api/types';
import { formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import { useRecordComplaint, useResolveComplaint } from '../api/complaints';
import { StatusBadge, Tag } from './badges';
import { translateErrors, useServerErrors } from './use-server-errors';

function dateErrors(value: string, errors: Record<string, string>, path: string) {
  const iso = parseDisplayDate(value);
  if (!value.trim()) errors[path] = 'review.validation.required';
  else if (!iso) errors[path] = 'review.validation.date';
  else if (iso > todayIso()) errors[path] = 'review.validation.dateInFuture';
}

interface ComplaintValues {
  receivedOn: string;
  complainant: string;
  content: string;
}

/** A complaint about a posted result; the case stays disputed until its re-check resolves it. */
export function ComplaintModal({ reviewCase, opened, onClose }: { reviewCase: ReviewCase; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordComplaint();
  const form = useForm<ComplaintValues>({
    initialValues: { receivedOn: formatDate(todayIso()), complainant: '', content: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      dateErrors(values.receivedOn, errors, 'receivedOn');
      if (!values.complainant.trim()) errors.complainant = 'review.validation.required';
      if (!values.content.trim()) errors.content = 'review.validation.required';
      return translateErrors(errors, t);
    },
  });
  useEffect(() => {
    if (opened) {
      form.setValues({ receivedOn: formatDate(todayIso()), complainant: '', content: '' });
      form.clearErrors();
      record.reset();
    }
  }, [opened]);
  const { problem, otherMessages } = useServerErrors(form, record.error, (path) =>
    ['receivedOn', 'complainant', 'content'].includes(path) ? path : null,
  );
  const submit = (values: ComplaintValues) =>
    record.mutate(
      {
        cycleId: reviewCase.cycleId,
        body: {
          caseId: reviewCase.summary.id,
          receivedOn: parseDisplayDate(values.receivedOn) ?? values.receivedOn,
          complainant: values.complainant.trim(),
          content: values.content.trim(),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('review.complaints.recorded') });
          onClose();
        },
      },
    );
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.complaints.recordTitle')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <DateField label={t('review.complaints.receivedOn')} required {...form.getInputProps('receivedOn')} w={200} />
          <TextInput label={t('review.complaints.complainant')} required maxLength={200} {...form.getInputProps('complainant')} />
          <Textarea
            label={t('review.complaints.content')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('content')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('review.complaints.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface ResolutionValues {
  outcome: ComplaintOutcome | '';
  resolvedOn: string;
  note: string;
}

/** Closes a complaint after its re-check; upholding it takes the re-check assessment's result. */
export function ResolveModal({ complaint, onClose }: { complaint: Complaint | null; onClose: () => void }) {
  const { t } = useTranslation();
  const resolve = useResolveComplaint();
  const form = useForm<ResolutionValues>({
    initialValues: { outcome: '', resolvedOn: formatDate(todayIso()), note: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.outcome) errors.outcome = 'review.validation.required';
      dateErrors(values.resolvedOn, errors, 'resolvedOn');
      return translateErrors(errors, t);
    },
  });
  useEffect(() => {
    if (complaint) {
      form.setValues({ outcome: '', resolvedOn: formatDate(todayIso()), note: '' });
      form.clearErrors();
      resolve.reset();
    }
  }, [complaint]);
  const { problem, otherMessages } = useServerErrors(form, resolve.error, (path) =>
    ['outcome', 'resolvedOn', 'note'].includes(path) ? path : null,
  );
  const submit = (values: ResolutionValues) => {
    if (!complaint) return;
    resolve.mutate(
      {
        complaintId: complaint.id,
        body: {
          outcome: values.outcome as ComplaintOutcome,
          resolvedOn: parseDisplayDate(values.resolvedOn) ?? values.resolvedOn,
          ...(values.note.trim() ? { note: values.note.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('review.complaints.resolved') });
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={complaint !== null}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.complaints.resolveTitle')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          {complaint && (
            <Text size="sm">
              {t('review.complaints.resolveIntro', { complainant: complaint.complainant, date: formatDate(complaint.receivedOn) })}
            </Text>
          )}
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <Radio.Group label={t('review.complaints.outcome')} required {...form.getInputProps('outcome')}>
            <Stack gap={6} mt={4}>
              <Radio
                value="UPHELD"
                label={t('review.complaints.outcomes.UPHELD')}
                description={t('review.complaints.upheldHint')}
              />
              <Radio
                value="REJECTED"
                label={t('review.complaints.outcomes.REJECTED')}
                description={t('review.complaints.rejectedHint')}
              />
            </Stack>
          </Radio.Group>
          <DateField label={t('review.complaints.resolvedOn')} required {...form.getInputProps('resolvedOn')} w={200} />
          <Textarea label={t('review.complaints.note')} autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={resolve.isPending}>
              {t('review.complaints.resolveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface ListProps {
  reviewCase: ReviewCase;
  canResolve: boolean;
}

/** The complaints about the case's posted result, each with its resolution or a button to resolve it. */
export function ComplaintsList({ reviewCase, canResolve }: ListProps) {
  const { t } = useTranslation();
  const [resolving, setResolving] = useState<Complaint | null>(null);
  if (reviewCase.complaints.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('review.complaints.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="complaints-list">
      {reviewCase.complaints.map((c) => (
        <Paper key={c.id} withBorder p="sm" radius="md" data-complaint={c.id} data-state={c.state}>
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Text fw={600} size="sm">
                {t('review.complaints.heading', { complainant: c.complainant, date: formatDate(c.receivedOn) })}
              </Text>
              <Tag tone={c.state === 'OPEN' ? 'red' : 'gray'}>
                {t(`review.complaints.states.${c.state}`)}
              </Tag>
            </Group>
            <Text size="sm">{c.content}</Text>
            {c.state === 'RESOLVED' ? (
              <Stack gap={2}>
                <Group gap={6}>
                  <Text size="sm">
                    {t('review.complaints.resolution', {
                      outcome: c.outcome ? t(`review.complaints.outcomes.${c.outcome}`) : '',
                      date: formatDate(c.resolvedOn),
                      by: c.resolvedBy ?? '',
                    })}
                  </Text>
                  {c.recheckedStatus && <StatusBadge status={c.recheckedStatus} size="sm" />}
                </Group>
                {c.resolutionNote && (
                  <Text size="sm" c="gray.8">
                    {c.resolutionNote}
                  </Text>
                )}
              </Stack>
            ) : (
              canResolve && (
                <Group>
                  <Button size="xs" variant="light" onClick={() => setResolving(c)}>
                    {t('review.complaints.resolveButton')}
                  </Button>
                </Group>
              )
            )}
          </Stack>
        </Paper>
      ))}
      {canResolve && <ResolveModal complaint={resolving} onClose={() => setResolving(null)} />}
    </Stack>
  );
}
