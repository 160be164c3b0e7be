import { useState } from 'react';
import { List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState, Pagination, ProblemAlert } from '@/components';
import { formatDateTime } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useHouseholdHistory } from '../api/get-household-history';
import { actionLabel, groupByMember, readableChanges } from '../history-format';

export function HistoryList({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const size = 10;
  const history = useHouseholdHistory(householdId, page, size);
  const language = currentLanguage();

  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  const data = history.data;
  if (data.items.length === 0) return <Text c="dimmed">{t('households.history.none')}</Text>;
  const col = (name: string) => t(`households.history.columns.${name}`);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" data-testid="history-table">
          <caption className="visually-hidden">{t('households.history.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={150}>
                {col('time')}
              </Table.Th>
              <Table.Th scope="col" w={160}>
                {col('actor')}
              </Table.Th>
              <Table.Th scope="col" w={200}>
                {col('action')}
              </Table.Th>
              <Table.Th scope="col">{col('changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((entry) => {
              const changes = readableChanges(t, entry.changes, language);
              return (
                <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>{formatDateTime(entry.occurredAt)}</Table.Td>
                  <Table.Td>{entry.actor}</Table.Td>
                  <Table.Td fw={500}>{actionLabel(t, entry.action)}</Table.Td>
                  <Table.Td>
                    {changes.length === 0 ? (
                      <Text size="sm" c="gray.7">
                        —
                      </Text>
                    ) : (
                      <Stack gap={6}>
                        {groupByMember(changes).map((group) => (
                          <div key={group.member ?? ''}>
                            {group.member && (
                              <Text size="sm" fw={700} c="navy.9">
                                {t('households.history.memberGroup', { name: group.member })}
                              </Text>
                            )}
                            <List size="sm" spacing={2}>
                              {group.changes.map((c, i) => (
                                <List.Item key={`${c.label}-${i}`}>
                                  <Text span fw={600} size="sm">
                                    {c.label}:
                                  </Text>{' '}
                                  {c.added ? (
                                    <Text span size="sm">
                                      {c.to}
                                    </Text>
                                  ) : (
                                    <>
                                      <Text span size="sm" c="gray.7" td="line-through">
                                        {c.from}
                                      </Text>{' '}
                                      <span aria-hidden>→</span>
                                      <span className="visually-hidden">{t('households.history.changedTo')}</span>{' '}
                                      <Text span size="sm">
                                        {c.to}
                                      </Text>
                                    </>
                                  )}
                                </List.Item>
                              ))}
                            </List>
                          </div>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pagination
        page={data.page}
        size={data.size}
        totalItems={data.totalItems}
        totalPages={data.totalPages}
        exact={data.totalItemsExact}
        onPageChange={setPage}
      />
    </Stack>
  );
}
