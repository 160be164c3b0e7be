import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import type { ReviewCycle } from '@/lib/api/types';
import { useConsolidateReviewCycle } from '../api/consolidate-review-cycle';
import { cycleLabel, readyToConsolidate } from '../stages';

/** The district's last step: enabled once every commune has decided; the server still has the last word (409). */
export function ConsolidateButton({ cycle }: { cycle: ReviewCycle }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const consolidate = useConsolidateReviewCycle();
  const ready = readyToConsolidate(cycle);
  const decided = cycle.communes.filter((c) => c.stage === 'DECIDED').length;
  const close = () => {
    setConfirming(false);
    consolidate.reset();
  };
  return (
    <Stack gap={4} align="flex-end">
      <Button
        leftSection={<IconChecklist size={16} aria-hidden />}
        disabled={!ready}
        onClick={() => setConfirming(true)}
        aria-describedby="consolidate-hint"
      >
        {t('review.consolidate.button')}
      </Button>
      <Text size="xs" c="gray.7" id="consolidate-hint">
        {ready
          ? t('review.consolidate.ready')
          : t('review.consolidate.notReady', { decided, total: cycle.communes.length })}
      </Text>
      <Modal
        opened={confirming}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('review.consolidate.title')}
      >
        <Stack gap="md">
          <Text size="sm">{t('review.consolidate.confirm', { cycle: cycleLabel(t, cycle) })}</Text>
          {consolidate.error && <ProblemAlert error={consolidate.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={consolidate.isPending}
              onClick={() =>
                consolidate.mutate(cycle.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('review.consolidate.done') });
                    setConfirming(false);
                  },
                })
              }
            >
              {t('review.consolidate.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
