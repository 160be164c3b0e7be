import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import type { ReviewCycle, ReviewList } from '@/lib/api/types';
import { useDownloadApprovedList } from '../api/download-approved-list';

export const REVIEW_LISTS: readonly ReviewList[] = ['POOR', 'NEAR_POOR', 'ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY'];

const FILE_NAMES: Record<ReviewList, string> = {
  POOR: 'ho-ngheo',
  NEAR_POOR: 'ho-can-ngheo',
  ESCAPED_POVERTY: 'ho-thoat-ngheo',
  ESCAPED_NEAR_POVERTY: 'ho-thoat-can-ngheo',
};

/** "ho-ngheo-2022.csv", "ho-can-ngheo-2023-03-29971.csv". */
export function approvedListFileName(cycle: Pick<ReviewCycle, 'year' | 'month'>, list: ReviewList, communeCode?: string) {
  const period = cycle.month != null ? `${cycle.year}-${String(cycle.month).padStart(2, '0')}` : String(cycle.year);
  return `${FILE_NAMES[list]}-${period}${communeCode ? `-${communeCode}` : ''}.csv`;
}

/** CSV downloads of the approved lists of the decided communes (the API keeps to the caller's area). */
export function ApprovedLists({ cycle, communeCode }: { cycle: ReviewCycle; communeCode?: string }) {
  const { t } = useTranslation();
  const download = useDownloadApprovedList();
  return (
    <Stack gap="xs" data-testid="approved-lists">
      <Title order={3} fz="md">
        {t('review.lists.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('review.lists.hint')}
      </Text>
      {download.error && <ProblemAlert error={download.error} />}
      <Group gap="sm">
        {REVIEW_LISTS.map((list) => (
          <Button
            key={list}
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={download.isPending && download.variables?.list === list}
            onClick={() =>
              download.mutate({ cycleId: cycle.id, list, communeCode, fileName: approvedListFileName(cycle, list, communeCode) })
            }
          >
            {t(`review.lists.${list}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
