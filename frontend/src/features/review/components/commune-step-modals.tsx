import { useEffect } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { DateField, ProblemAlert } from '@/components';
import type { CommuneReview } from '@/lib/api/types';
import { formatDate, parseDisplayDate, todayIso } from '@/lib/format';
import { usePostResults, useRecordDecision } from '../api/commune-steps';
import { MIN_POSTING_WORKING_DAYS, postingErrors, workingDays, type PostingValues } from '../posting';
import { translateErrors, useServerErrors } from './use-server-errors';

interface Props {
  review: CommuneReview;
  opened: boolean;
  onClose: () => void;
}

/** The public posting at the hamlets and the commune office, for at least three working days. */
export function PostingModal({ review, opened, onClose }: Props) {
  const { t } = useTranslation();
  const post = usePostResults();
  const form = useForm<PostingValues>({
    initialValues: { postedFrom: '', postedTo: '' },
    validate: (values) => translateErrors(postingErrors(values), t),
  });
  useEffect(() => {
    if (opened) {
      form.setValues({ postedFrom: '', postedTo: '' });
      form.clearErrors();
      post.reset();
    }
  }, [opened]);
  const { problem, otherMessages } = useServerErrors(form, post.error, (path) =>
    path === 'postedFrom' || path === 'postedTo' ? path : null,
  );
  const days = workingDays(parseDisplayDate(form.values.postedFrom), parseDisplayDate(form.values.postedTo));

  const submit = (values: PostingValues) =>
    post.mutate(
      {
        communeReviewId: review.id,
        body: {
          postedFrom: parseDisplayDate(values.postedFrom) ?? values.postedFrom,
          postedTo: parseDisplayDate(values.postedTo) ?? values.postedTo,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('review.posting.done') });
          onClose();
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.posting.title')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('review.posting.intro', { days: MIN_POSTING_WORKING_DAYS })}</Text>
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField label={t('review.posting.from')} required {...form.getInputProps('postedFrom')} />
            <DateField label={t('review.posting.to')} required {...form.getInputProps('postedTo')} />
          </SimpleGrid>
          <Text size="sm" aria-live="polite" data-testid="posting-days">
            {t('review.posting.workingDays', { days })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={post.isPending}>
              {t('review.posting.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface DecisionValues {
  decisionNumber: string;
  decidedOn: string;
}

/** The commune chairman's decision recognising the lists: after the posting window, with no open complaint. */
export function DecisionModal({ review, opened, onClose }: Props) {
  const { t } = useTranslation();
  const decide = useRecordDecision();
  const form = useForm<DecisionValues>({
    initialValues: { decisionNumber: '', decidedOn: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.decisionNumber.trim()) errors.decisionNumber = 'review.validation.required';
      const iso = parseDisplayDate(values.decidedOn);
      if (!values.decidedOn.trim()) errors.decidedOn = 'review.validation.required';
      else if (!iso) errors.decidedOn = 'review.validation.date';
      else if (iso > todayIso()) errors.decidedOn = 'review.validation.dateInFuture';
      else if (review.postedTo && iso <= review.postedTo) errors.decidedOn = 'review.validation.afterPosting';
      return translateErrors(errors, t);
    },
  });
  useEffect(() => {
    if (opened) {
      form.setValues({ decisionNumber: '', decidedOn: '' });
      form.clearErrors();
      decide.reset();
    }
  }, [opened]);
  const { problem, otherMessages } = useServerErrors(form, decide.error, (path) =>
    path === 'decisionNumber' || path === 'decidedOn' ? path : null,
  );

  const submit = (values: DecisionValues) =>
    decide.mutate(
      {
        communeReviewId: review.id,
        body: { decisionNumber: values.decisionNumber.trim(), decidedOn: parseDisplayDate(values.decidedOn) ?? values.decidedOn },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('review.decision.done') });
          onClose();
        },
      },
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.decision.title')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">
            {review.postedTo
              ? t('review.decision.intro', { date: formatDate(review.postedTo) })
              : t('review.decision.introNoWindow')}
          </Text>
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('review.decision.number')}
              placeholder="125/QĐ-UBND"
              required
              maxLength={50}
              {...form.getInputProps('decisionNumber')}
            />
            <DateField label={t('review.decision.date')} required {...form.getInputProps('decidedOn')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t('review.decision.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
