import '../i18n';
import { Badge, Box, Button, Group, Progress, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveText } from '@/lib/download';
import { toCsv } from '../logic';
import type { SubmissionState, Timeliness } from '../types';

const STATE_COLOR: Record<string, string> = {
  NONE: 'gray',
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  RESUBMITTED: 'indigo',
  ACCEPTED: 'teal',
};
const TIMELINESS_COLOR: Record<Timeliness, string> = { PENDING: 'gray', MISSING: 'red', ON_TIME: 'teal', LATE: 'orange' };

export function StateBadge({ state }: { state?: SubmissionState | null }) {
  const { t } = useTranslation();
  const key = state ?? 'NONE';
  return (
    <Badge color={STATE_COLOR[key]} variant="light" data-state={key}>
      {t(`monitoring.state.${key}`)}
    </Badge>
  );
}

export function TimelinessBadge({ value }: { value: Timeliness }) {
  const { t } = useTranslation();
  return (
    <Badge color={TIMELINESS_COLOR[value]} variant="outline" data-timeliness={value}>
      {t(`monitoring.timeliness.${value}`)}
    </Badge>
  );
}

/** A labelled horizontal bar: the chart a table stands behind. */
export function Bar({ label, value, percent, color, caption }: { label: ReactNode; value: number; percent: number; color: string; caption: string }) {
  return (
    <Box>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="xs" c="gray.7">
          {caption}
        </Text>
      </Group>
      <Progress value={percent} color={color} size="lg" aria-label={`${String(label)}: ${caption}`} data-value={value} />
    </Box>
  );
}

/** A data table with a CSV export of exactly what it shows. */
export function DataTable({ header, rows, fileName, testId }: { header: string[]; rows: (string | number | null | undefined)[][]; fileName: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Box data-testid={testId}>
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('monitoring.dashboard.table')}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => saveText(toCsv(header, rows), fileName)}>
          {t('monitoring.dashboard.export')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              {header.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                {r.map((c, j) => (
                  <Table.Td key={j}>{c ?? '–'}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}
