import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, Pagination, ProblemAlert } from '@/components';
import type { ReconciliationFinding, ReconciliationItem } from '@/lib/api/types';
import { usePermission } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { toHousehold } from '@/lib/paths';
import { downloadReconciliation, useReconciliation, type DocumentFormat } from '../api/get-reconciliation';
import { BENEFITS_TAB } from '../household-tab';
import { ValidityText } from './entitlement-facts';
import { StateBadge } from './state-badge';
import { ScrollTable } from './scroll-table';

export const FINDINGS: readonly ReconciliationFinding[] = ['UNFULFILLED', 'NO_LONGER_ENTITLED'];

interface Props {
  programCode: string;
  communeCode?: string;
  finding?: ReconciliationFinding;
  page: number;
  size: number;
  onChange: (change: { finding?: ReconciliationFinding | null; page?: number; size?: number }) => void;
}

function Detail({ item }: { item: ReconciliationItem }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (item.fulfilledOn) lines.push(t('benefits.reconciliation.fulfilledOn', { date: formatDate(item.fulfilledOn) }));
  if (item.cardValidTo) lines.push(t('benefits.reconciliation.cardValidTo', { date: formatDate(item.cardValidTo) }));
  if (item.repaymentStatus) lines.push(t('benefits.facts.repayment', { status: t(`benefits.repayment.${item.repaymentStatus}`) }));
  if (item.endedOn) lines.push(t('benefits.facts.endedOn', { date: formatDate(item.endedOn) }));
  if (item.endReason) lines.push(t('benefits.facts.endReason', { reason: item.endReason }));
  if (lines.length === 0) return <>—</>;
  return (
    <>
      {lines.map((l) => (
        <Text key={l} size="sm">
          {l}
        </Text>
      ))}
    </>
  );
}

/** The board's lists: entitled without fulfilment, fulfilled but no longer entitled; exportable as the API sends them. */
export function ReconciliationList({ programCode, communeCode, finding, page, size, onChange }: Props) {
  const { t } = useTranslation();
  const canOpenHousehold = usePermission('household:read');
  const list = useReconciliation({ programCode, communeCode, finding, page, size });
  const download = useMutation({
    mutationFn: (format: DocumentFormat) => downloadReconciliation({ programCode, communeCode, finding }, format),
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="reconciliation-heading" data-testid="reconciliation">
      <Title order={2} fz="lg" id="reconciliation-heading">
        {t('benefits.reconciliation.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('benefits.reconciliation.intro')}
      </Text>
      <Group align="flex-end" justify="space-between" gap="sm">
        <NativeSelect
          label={t('benefits.reconciliation.finding')}
          w={{ base: '100%', sm: 380 }}
          value={finding ?? ''}
          onChange={(e) => onChange({ finding: (e.currentTarget.value || null) as ReconciliationFinding | null, page: 0 })}
          data={[
            { value: '', label: t('benefits.reconciliation.allFindings') },
            ...FINDINGS.map((f) => ({ value: f, label: t(`benefits.reconciliation.findings.${f}`) })),
          ]}
        />
        <Group gap="xs">
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button
              key={format}
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={download.isPending && download.variables === format}
              onClick={() => download.mutate(format)}
            >
              {t(`benefits.reconciliation.export.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {download.error && <ProblemAlert error={download.error} />}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status" data-testid="reconciliation-empty">
          {t('benefits.reconciliation.empty')}
        </Text>
      ) : (
        <>
          <ScrollTable minWidth={900} label={t('benefits.reconciliation.title')}>
            <Table striped verticalSpacing="xs" data-testid="reconciliation-table">
              <caption className="visually-hidden">{t('benefits.reconciliation.title')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.household')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.person')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.finding')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.rule')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.validity')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.state')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.detail')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.entitlementId} data-finding={item.finding} data-household={item.householdCode}>
                    <Table.Th scope="row" fw={500}>
                      {canOpenHousehold ? (
                        <Anchor
                          component={Link}
                          to={`${toHousehold(item.householdId)}?tab=${BENEFITS_TAB}${item.memberId ? `&member=${item.memberId}` : ''}`}
                          size="sm"
                        >
                          {item.householdCode}
                        </Anchor>
                      ) : (
                        item.householdCode
                      )}
                    </Table.Th>
                    <Table.Td>{item.fullName ?? t('benefits.reconciliation.wholeHousehold')}</Table.Td>
                    <Table.Td>{t(`benefits.reconciliation.findings.${item.finding}`)}</Table.Td>
                    <Table.Td>{item.ruleCode}</Table.Td>
                    <Table.Td>
                      <ValidityText from={item.validFrom} to={item.validTo} />
                    </Table.Td>
                    <Table.Td>
                      <StateBadge state={item.state} />
                    </Table.Td>
                    <Table.Td>
                      <Detail item={item} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Pagination
            page={list.data.page}
            size={list.data.size}
            totalItems={list.data.totalItems}
            totalPages={list.data.totalPages}
            onPageChange={(p) => onChange({ page: p })}
            onSizeChange={(s) => onChange({ size: s, page: 0 })}
          />
        </>
      )}
    </Stack>
  );
}
