import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommuneCoverage, ProgramCoverage } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { formatPercent } from '../entitlements';
import { ScrollTable } from './scroll-table';

function Meets({ row }: { row: CommuneCoverage }) {
  const { t } = useTranslation();
  if (row.meetsTarget === null || row.meetsTarget === undefined) return <>—</>;
  return (
    <Text span size="sm" fw={600} c={row.meetsTarget ? 'green.9' : 'red.9'} data-meets={String(row.meetsTarget)}>
      {t(row.meetsTarget ? 'benefits.coverage.met' : 'benefits.coverage.below')}
    </Text>
  );
}

/** The figures behind the chart, one row per commune and the total. */
export function CoverageTable({ coverage }: { coverage: ProgramCoverage }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  // loans and training count against those who asked for one
  const requested = coverage.basis === 'REQUESTED';
  const cells = (row: CommuneCoverage) => (
    <>
      <Table.Td ta="right" data-col="entitled">{n(row.entitled)}</Table.Td>
      {requested && (
        <Table.Td ta="right" data-col="requested">
          {n(row.requested)}
        </Table.Td>
      )}
      <Table.Td ta="right" data-col="fulfilled">{n(row.fulfilled)}</Table.Td>
      <Table.Td ta="right" data-col="unfulfilled">{n(row.unfulfilled)}</Table.Td>
      <Table.Td ta="right" data-col="noLongerEntitled">{n(row.noLongerEntitled)}</Table.Td>
      <Table.Td ta="right" data-col="coveragePercent">
        {row.coveragePercent === null || row.coveragePercent === undefined ? '—' : formatPercent(row.coveragePercent, language)}
      </Table.Td>
      <Table.Td>
        <Meets row={row} />
      </Table.Td>
    </>
  );
  return (
    <ScrollTable minWidth={760} label={t('benefits.coverage.tableCaption')}>
      <Table striped verticalSpacing="xs" data-testid="coverage-table">
        <caption className="visually-hidden">{t('benefits.coverage.tableCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('benefits.coverage.columns.commune')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('benefits.coverage.columns.entitled')}</Table.Th>
            {requested && (
              <Table.Th scope="col" ta="right">
                {t('benefits.coverage.columns.requested')}
              </Table.Th>
            )}
            <Table.Th scope="col" ta="right">{t('benefits.coverage.columns.fulfilled')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('benefits.coverage.columns.unfulfilled')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('benefits.coverage.columns.noLongerEntitled')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('benefits.coverage.columns.coveragePercent')}</Table.Th>
            <Table.Th scope="col">{t('benefits.coverage.columns.meetsTarget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coverage.communes.map((row) => (
            <Table.Tr key={row.communeCode ?? row.communeName} data-commune={row.communeCode}>
              <Table.Th scope="row" fw={500}>
                {row.communeName}
              </Table.Th>
              {cells(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {coverage.communes.length > 1 && (
          <Table.Tfoot>
            <Table.Tr data-commune="total" fw={700}>
              <Table.Th scope="row">{t('benefits.coverage.total')}</Table.Th>
              {cells(coverage.total)}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </ScrollTable>
  );
}
