import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReviewCaseSummary } from '@/lib/api/types';
import { toReviewCase } from '@/lib/paths';
import { CaseStateBadge, StatusBadge, Tag } from './badges';
import { ScrollTable } from './scroll-table';

/** The commune's households to review, each linking to its case page. */
export function CasesTable({ items }: { items: ReviewCaseSummary[] }) {
  const { t } = useTranslation();
  const col = (name: string) => t(`review.cases.columns.${name}`);
  return (
    <ScrollTable minWidth={900} labelledBy="cases-heading">
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="cases-table">
        <caption className="visually-hidden">{t('review.cases.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{col('code')}</Table.Th>
            <Table.Th scope="col">{col('head')}</Table.Th>
            <Table.Th scope="col">{col('hamlet')}</Table.Th>
            <Table.Th scope="col">{col('origin')}</Table.Th>
            <Table.Th scope="col">{col('statusStart')}</Table.Th>
            <Table.Th scope="col">{col('state')}</Table.Th>
            <Table.Th scope="col">{col('result')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {col('complaints')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-case={c.id} data-state={c.state} data-origin={c.origin}>
              <Table.Td>
                <Anchor component={Link} to={toReviewCase(c.id)} fw={600} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {c.householdCode}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.headName || '—'}</Table.Td>
              <Table.Td>{c.hamletName || c.hamletCode}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`review.origin.${c.origin}`)}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.statusStart} />
              </Table.Td>
              <Table.Td>
                <CaseStateBadge state={c.state} />
              </Table.Td>
              <Table.Td>
                {c.finalStatus ? (
                  <StatusBadge status={c.finalStatus} variant="filled" />
                ) : c.proposedStatus ? (
                  <Text span size="sm">
                    <StatusBadge status={c.proposedStatus} />{' '}
                    <Text span size="xs" c="gray.7">
                      {t('review.cases.proposed')}
                    </Text>
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td ta="right">
                {c.openComplaints > 0 ? (
                  <Tag tone="red">
                    {c.openComplaints}
                  </Tag>
                ) : (
                  0
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
