import { useEffect } from 'react';
import { Button, Group, Modal, NativeSelect, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import type { ReviewCycle, ReviewCycleCreate, ReviewKind } from '@/lib/api/types';
import { useOpenReviewCycle } from '../api/open-review-cycle';
import { cycleLabel } from '../stages';
import { translateErrors, useServerErrors } from './use-server-errors';

interface OpenCycleValues {
  kind: ReviewKind;
  year: number | '';
  month: string;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

interface Props {
  opened: boolean;
  onClose: () => void;
  onOpened: (cycle: ReviewCycle) => void;
}

/** The district opens a periodic (yearly) or regular (monthly) cycle for every commune. */
export function OpenCycleModal({ opened, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const open = useOpenReviewCycle();
  const form = useForm<OpenCycleValues>({
    initialValues: { kind: 'PERIODIC', year: new Date().getFullYear(), month: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.year === '' || !Number.isInteger(values.year)) errors.year = 'review.validation.required';
      else if (values.year < 2016 || values.year > 2100) errors.year = 'review.validation.year';
      if (values.kind === 'REGULAR' && !values.month) errors.month = 'review.validation.required';
      return translateErrors(errors, t);
    },
  });
  useEffect(() => {
    if (opened) {
      form.reset();
      open.reset();
    }
  }, [opened]);
  const { problem, otherMessages } = useServerErrors(form, open.error, (path) =>
    ['kind', 'year', 'month'].includes(path) ? path : null,
  );

  const submit = (values: OpenCycleValues) => {
    const body: ReviewCycleCreate = { kind: values.kind, year: Number(values.year) };
    if (values.kind === 'REGULAR') body.month = Number(values.month);
    open.mutate(body, {
      onSuccess: (cycle) => {
        notifications.show({ color: 'green', message: t('review.openCycle.done', { cycle: cycleLabel(t, cycle) }) });
        onOpened(cycle);
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('review.openCycle.title')}
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{t('review.openCycle.intro')}</Text>
          {problem && <ProblemAlert error={problem} fieldMessages={otherMessages} />}
          <Radio.Group label={t('review.openCycle.kind')} required {...form.getInputProps('kind')}>
            <Stack gap={6} mt={4}>
              <Radio value="PERIODIC" label={t('review.openCycle.kinds.PERIODIC')} />
              <Radio value="REGULAR" label={t('review.openCycle.kinds.REGULAR')} />
            </Stack>
          </Radio.Group>
          <NumberInput
            label={t('review.openCycle.year')}
            required
            allowDecimal={false}
            allowNegative={false}
            min={2016}
            max={2100}
            thousandSeparator=""
            {...form.getInputProps('year')}
          />
          {form.values.kind === 'REGULAR' && (
            <NativeSelect
              label={t('review.openCycle.month')}
              required
              data={[{ value: '', label: t('common.choose') }, ...MONTHS.map((m) => ({ value: m, label: m }))]}
              {...form.getInputProps('month')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {t('review.openCycle.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
