import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import { hasPermission, useMe } from '@/lib/auth';
import type { ReviewCycle, ReviewList } from '@/lib/api/types';
import { useDownloadExport, useExportCommunes, useExportCycles, useExportPrograms } from '../api/exports';
import { exportableCycles, exportableKinds, REVIEW_LISTS, type ExportFormat, type ExportKind } from '../exports';

function cycleName(t: TFunction, cycle: ReviewCycle): string {
  return cycle.kind === 'REGULAR' && cycle.month != null
    ? t('imports.export.cycleRegular', { month: String(cycle.month).padStart(2, '0'), year: cycle.year })
    : t('imports.export.cyclePeriodic', { year: cycle.year });
}

/**
 * Files of the registry, the entitlements and the consolidated review lists, streamed by the API for the caller's area.
 * Only the kinds the caller's roles may export are offered; district staff pick a commune or take all, commune staff
 * are shown the one commune they get.
 */
export function ExportPanel() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const kinds = exportableKinds(me);
  const district = hasPermission(me, 'area:district');
  const [chosen, setKind] = useState<ExportKind | undefined>();
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0];
  const [format, setFormat] = useState<ExportFormat>('CSV');
  const [communeCode, setCommuneCode] = useState('');
  const [programCode, setProgramCode] = useState('');
  const [pickedCycle, setCycleId] = useState('');
  const [list, setList] = useState<ReviewList | ''>('');
  // commune staff get no choice, but the list names their commune
  const communes = useExportCommunes(!!kind);
  const programs = useExportPrograms(kind === 'entitlements');
  const cycles = useExportCycles(kind === 'review-records');
  const download = useDownloadExport();

  if (!kind) return null;
  const consolidated = exportableCycles(cycles.data?.items);
  const cycleId = pickedCycle || consolidated[0]?.id || '';
  const needsCycle = kind === 'review-records' && !cycleId;
  const own = !district && me?.communeCode;
  // the code stands in for the name only if the list cannot be had
  const ownName = own && !communes.isPending ? (communes.data?.items.find((c) => c.code === own)?.name ?? own) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title" data-testid="export-panel">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-title">
          {t('imports.export.title')}
        </Title>
        {ownName && (
          <Text size="sm" data-testid="export-commune">
            {t('imports.export.ownCommune', { name: ownName })}
          </Text>
        )}
        <Group align="end">
          <NativeSelect
            label={t('imports.export.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ExportKind)}
            data={kinds.map((k) => ({ value: k, label: t(`imports.export.kinds.${k}`) }))}
          />
          {kind === 'entitlements' && (
            <NativeSelect
              label={t('imports.export.program')}
              value={programCode}
              onChange={(e) => setProgramCode(e.currentTarget.value)}
              data={[
                { value: '', label: t('imports.export.allPrograms') },
                ...(programs.data?.items ?? [])
                  .filter((p) => p.rules.length > 0)
                  .map((p) => ({ value: p.code, label: i18n.language === 'en' ? p.nameEn : p.name })),
              ]}
            />
          )}
          {kind === 'review-records' && (
            <>
              <NativeSelect
                label={t('imports.export.cycle')}
                value={cycleId}
                onChange={(e) => setCycleId(e.currentTarget.value)}
                disabled={consolidated.length === 0}
                data={
                  consolidated.length === 0
                    ? [{ value: '', label: cycles.isPending ? t('imports.export.loading') : t('imports.export.noCycle') }]
                    : consolidated.map((c) => ({ value: c.id, label: cycleName(t, c) }))
                }
              />
              <NativeSelect
                label={t('imports.export.list')}
                value={list}
                onChange={(e) => setList(e.currentTarget.value as ReviewList | '')}
                data={[
                  { value: '', label: t('imports.export.allLists') },
                  ...REVIEW_LISTS.map((l) => ({ value: l, label: t(`imports.export.lists.${l}`) })),
                ]}
              />
            </>
          )}
          {district && (
            <NativeSelect
              label={t('imports.export.commune')}
              value={communeCode}
              onChange={(e) => setCommuneCode(e.currentTarget.value)}
              data={[
                { value: '', label: t('imports.export.allCommunes') },
                ...(communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name })),
              ]}
            />
          )}
          <NativeSelect
            label={t('imports.export.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
            data={[
              { value: 'CSV', label: t('imports.export.formats.CSV') },
              { value: 'XLSX', label: t('imports.export.formats.XLSX') },
            ]}
          />
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={needsCycle}
            loading={download.isPending}
            onClick={() =>
              download.mutate({
                kind,
                format,
                communeCode: district && communeCode ? communeCode : undefined,
                programCode: kind === 'entitlements' && programCode ? programCode : undefined,
                cycleId: kind === 'review-records' ? cycleId : undefined,
                list: kind === 'review-records' && list ? list : undefined,
              })
            }
          >
            {t('imports.export.download')}
          </Button>
        </Group>
        {kind === 'review-records' && !cycles.isPending && consolidated.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('imports.export.noCycleHint')}
          </Text>
        )}
        <Text size="xs" c="gray.7">
          {t('imports.export.hint')}
        </Text>
        <ProblemAlert error={download.error} />
      </Stack>
    </Paper>
  );
}
