import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdSummary } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { toHousehold } from '@/lib/paths';

export function HouseholdsTable({ items }: { items: HouseholdSummary[] }) {
  const { t } = useTranslation();
  const col = (name: string) => t(`households.list.columns.${name}`);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="households-table">
        <caption className="visually-hidden">{t('households.list.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{col('code')}</Table.Th>
            <Table.Th scope="col">{col('head')}</Table.Th>
            <Table.Th scope="col">{col('address')}</Table.Th>
            <Table.Th scope="col">{col('hamlet')}</Table.Th>
            <Table.Th scope="col">{col('commune')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {col('members')}
            </Table.Th>
            <Table.Th scope="col">{col('updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                <Anchor component={Link} to={toHousehold(h.id)} fw={600} ff="monospace">
                  {h.code}
                </Anchor>
                {h.archived && (
                  <Badge ml="xs" size="xs" color="gray" variant="outline">
                    {t('households.list.status.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={toHousehold(h.id)} c="inherit">
                  {h.headName || '—'}
                </Anchor>
              </Table.Td>
              <Table.Td>{h.address}</Table.Td>
              <Table.Td>{h.hamletName ?? h.hamletCode}</Table.Td>
              <Table.Td>{h.communeName ?? h.communeCode}</Table.Td>
              <Table.Td ta="right">{h.memberCount}</Table.Td>
              <Table.Td>
                <Text size="sm" c="gray.7">
                  {formatDateTime(h.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
