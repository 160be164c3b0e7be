import { useEffect, useRef } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField, LoadingState, ProblemAlert } from '@/components';
import type { Area, MeetingCreate } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import { useReviewCases } from '../api/get-review-cases';
import { useRecordMeeting } from '../api/record-meeting';
import {
  buildMeetingRequest,
  emptyMeeting,
  meetingAgrees,
  meetingErrors,
  meetingFormPath,
  votesNeeded,
  type MeetingValues,
} from '../meeting';
import { StatusBadge, Tag } from './badges';
import { translateErrors, useServerErrors } from './use-server-errors';

interface Props {
  opened: boolean;
  onClose: () => void;
  cycleId: string;
  communeCode: string;
  hamlets: Area[];
}

/** A hamlet's community meeting: who chaired, how many came, and how many agreed with each assessed result. */
export function MeetingModal({ opened, onClose, cycleId, communeCode, hamlets }: Props) {
  const { t } = useTranslation();
  const record = useRecordMeeting();
  const sent = useRef<MeetingCreate | null>(null);
  const form = useForm<MeetingValues>({ initialValues: emptyMeeting() });
  const hamletCode = form.values.hamletCode;
  const cases = useReviewCases(
    cycleId,
    { communeCode, hamletCode, state: 'ASSESSED', page: 0, size: 100 },
    opened && !!hamletCode,
  );
  const toVote = hamletCode && cases.data ? cases.data.items : [];

  useEffect(() => {
    if (opened) {
      form.setValues(emptyMeeting());
      form.clearErrors();
      record.reset();
    }
  }, [opened]);

  const { problem, otherMessages } = useServerErrors(form, record.error, (path) => meetingFormPath(path, sent.current));
  const needed = votesNeeded(form.values.attendees);

  const submit = () => {
    const errors = meetingErrors(form.values, toVote, todayIso());
    if (Object.keys(errors).length > 0) {
      form.setErrors(translateErrors(errors, t));
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const body = buildMeetingRequest(form.values, communeCode, toVote);
    sent.current = body;
    record.mutate(
      { cycleId, body },
      {
        onSuccess: (meeting) => {
          const agreed = meeting.votes.filter((v) => v.agreed).length;
          notifications.show({
            color: 'green',
            message: t('review.meeting.done', { agreed, returned: meeting.votes.length - agreed }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.meeting.title')}
      size="xl"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('review.meeting.intro')}</Text>
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('review.meeting.hamlet')}
              required
              data={[{ value: '', label: t('common.choose') }, ...hamlets.map((h) => ({ value: h.code, label: h.name }))]}
              {...form.getInputProps('hamletCode')}
              onChange={(e) => {
                form.setFieldValue('hamletCode', e.currentTarget.value);
                form.setFieldValue('votes', {});
              }}
            />
            <DateField label={t('review.meeting.heldOn')} required {...form.getInputProps('heldOn')} />
            <TextInput label={t('review.meeting.chair')} required maxLength={200} {...form.getInputProps('chairName')} />
            <NumberInput
              label={t('review.meeting.attendees')}
              required
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('attendees')}
            />
          </SimpleGrid>
          <Textarea label={t('review.meeting.minutes')} autosize minRows={2} maxLength={2000} {...form.getInputProps('minutesNote')} />

          <Stack gap="xs" component="section" aria-labelledby="meeting-votes-heading">
            <Title order={3} fz="md" id="meeting-votes-heading">
              {t('review.meeting.votesTitle')}
            </Title>
            <Text size="sm" aria-live="polite" data-testid="meeting-rule">
              {needed === null
                ? t('review.meeting.ruleNoAttendees')
                : t('review.meeting.rule', { needed, attendees: form.values.attendees })}
            </Text>
            {form.errors.votes && (
              <Alert color="orange" variant="light" role="alert">
                {form.errors.votes}
              </Alert>
            )}
            {!hamletCode ? (
              <Text size="sm" c="dimmed">
                {t('review.meeting.chooseHamletFirst')}
              </Text>
            ) : cases.isPending ? (
              <LoadingState />
            ) : cases.isError ? (
              <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
            ) : toVote.length === 0 ? (
              <Text size="sm" c="dimmed" role="status">
                {t('review.meeting.noCases')}
              </Text>
            ) : (
              <Stack gap="xs" data-testid="meeting-votes">
                {cases.data.totalItems > toVote.length && (
                  <Text size="sm" c="orange.9">
                    {t('review.meeting.moreCases', { shown: toVote.length, total: cases.data.totalItems })}
                  </Text>
                )}
                {toVote.map((c) => {
                  const agree = form.values.votes[c.id] ?? '';
                  const stands = meetingAgrees(agree, form.values.attendees);
                  const decided = agree !== '' && form.values.attendees !== '';
                  const tooMany = decided && agree > Number(form.values.attendees);
                  return (
                    <Paper key={c.id} withBorder p="sm" radius="md" data-case={c.id}>
                      <Group justify="space-between" align="flex-end" gap="sm">
                        <Stack gap={2}>
                          <Text size="sm" fw={600}>
                            <Text span ff="monospace">
                              {c.householdCode}
                            </Text>{' '}
                            — {c.headName}
                          </Text>
                          <Group gap={6}>
                            <Text size="xs" c="gray.7">
                              {t('review.meeting.proposed')}
                            </Text>
                            <StatusBadge status={c.proposedStatus} size="sm" />
                          </Group>
                        </Stack>
                        <Group gap="sm" align="flex-end" wrap="nowrap">
                          <NumberInput
                            label={t('review.meeting.agree', { code: c.householdCode })}
                            min={0}
                            allowDecimal={false}
                            allowNegative={false}
                            w={200}
                            {...form.getInputProps(`votes.${c.id}`)}
                            value={agree}
                          />
                          <Tag
                            tone={!decided ? 'gray' : tooMany ? 'red' : stands ? 'teal' : 'orange'}
                            mb={8}
                            aria-live="polite"
                            data-testid="vote-outcome"
                          >
                            {!decided
                              ? t('review.meeting.pending')
                              : tooMany
                                ? t('review.validation.moreThanAttendees')
                                : stands
                                ? t('review.meeting.stands')
                                : t('review.meeting.returns')}
                          </Tag>
                        </Group>
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )}
          </Stack>

          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('review.meeting.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
