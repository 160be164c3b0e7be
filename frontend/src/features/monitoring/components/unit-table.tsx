import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toMonitoringSubmission } from '@/lib/paths';
import type { UnitReportStatus } from '../types';
import { StateBadge, TimelinessBadge } from './parts';

/** Every unit that must report and where it stands. */
export function UnitTable({ units }: { units: UnitReportStatus[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder fz="sm" data-testid="unit-status">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitoring.columns.unit')}</Table.Th>
            <Table.Th>{t('monitoring.columns.state')}</Table.Th>
            <Table.Th>{t('monitoring.columns.timeliness')}</Table.Th>
            <Table.Th>{t('monitoring.columns.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.unitCode} data-unit={u.unitCode}>
              <Table.Td>
                {u.submissionId ? (
                  <Anchor component={Link} to={toMonitoringSubmission(u.submissionId)}>
                    {u.unitName}
                  </Anchor>
                ) : (
                  u.unitName
                )}
              </Table.Td>
              <Table.Td>
                <StateBadge state={u.state} />
              </Table.Td>
              <Table.Td>
                <TimelinessBadge value={u.timeliness!} />
              </Table.Td>
              <Table.Td>{u.daysOverdue || ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
