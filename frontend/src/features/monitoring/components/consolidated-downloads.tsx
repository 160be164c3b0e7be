import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import { useDownloadConsolidated } from '../api/downloads';
import type { ReportPeriod } from '../types';

/** The district report of a period as PDF and XLSX (district staff). */
export function ConsolidatedDownloads({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation();
  const download = useDownloadConsolidated();
  const base = `bao-cao-tong-hop-${period.year}-${String(period.kind).toLowerCase().replace('_', '-')}`;
  return (
    <>
      <Group gap="xs">
        <Button
          variant="light"
          leftSection={<IconFileTypePdf size={16} />}
          loading={download.isPending && download.variables?.format === 'pdf'}
          onClick={() => download.mutate({ periodId: period.id!, format: 'pdf', fileName: `${base}.pdf` })}
        >
          {t('monitoring.period.downloadPdf')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={download.isPending && download.variables?.format === 'xlsx'}
          onClick={() => download.mutate({ periodId: period.id!, format: 'xlsx', fileName: `${base}.xlsx` })}
        >
          {t('monitoring.period.downloadXlsx')}
        </Button>
      </Group>
      {download.error && <ProblemAlert error={download.error} />}
    </>
  );
}
