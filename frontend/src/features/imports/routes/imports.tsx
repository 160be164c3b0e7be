import { useRef, useState, type DragEvent } from 'react';
import { Badge, Button, Code, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileExport, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, Pagination, ProblemAlert } from '@/components';
import { useMe } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { toExports } from '@/lib/paths';
import {
  useCancelImport,
  useCommitImport,
  useDownloadProblemReport,
  useDownloadTemplate,
  useImport,
  useImportProblems,
  useImports,
  useRollbackImport,
  useUploadImport,
} from '../api/imports';
import { JobActionProblem } from '../components/job-action-problem';
import { canExport } from '../exports';
import {
  canCancel,
  canCommit,
  canRollback,
  formatOf,
  idempotencyKey,
  isRunning,
  progressPercent,
  rollbackProblem,
  type ImportJob,
  type ImportMatch,
  type ImportPolicy,
} from '../model';

const STATE_COLOR: Record<string, string> = {
  QUEUED: 'gray',
  VALIDATING: 'blue',
  VALIDATED: 'teal',
  WRITING: 'blue',
  DONE: 'green',
  REJECTED: 'red',
  FAILED: 'red',
  CANCELLED: 'gray',
  ROLLING_BACK: 'orange',
  ROLLED_BACK: 'orange',
};

function StateBadge({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[job.state ?? ''] ?? 'gray'} variant="light">
      {t(`imports.state.${job.state}`)}
    </Badge>
  );
}

function Problems({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const problems = useImportProblems(job.id, page, i18n.language, job.recordsInvalid ?? 0);
  const report = useDownloadProblemReport();
  if ((job.recordsInvalid ?? 0) === 0) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('imports.problems.title')}
        </Title>
        <Group gap="xs">
          {(['CSV', 'XLSX'] as const).map((format) => (
            <Button
              key={format}
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} aria-hidden />}
              loading={report.isPending && report.variables?.format === format}
              onClick={() => report.mutate({ importId: job.id!, format })}
            >
              {t('imports.problems.download', { format })}
            </Button>
          ))}
        </Group>
      </Group>
      <ProblemAlert error={problems.error ?? report.error} />
      <Table striped withTableBorder data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.problems.line')}</Table.Th>
            <Table.Th>{t('imports.problems.column')}</Table.Th>
            <Table.Th>{t('imports.problems.code')}</Table.Th>
            <Table.Th>{t('imports.problems.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(problems.data?.items ?? []).map((p, i) => (
            <Table.Tr key={`${p.lineNo}-${p.code}-${i}`}>
              <Table.Td>{p.lineNo}</Table.Td>
              <Table.Td>{p.column ?? p.pointer}</Table.Td>
              <Table.Td>
                <Code>{p.code}</Code>
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problems.data && (
        <Pagination
          page={page}
          size={20}
          totalItems={problems.data.totalItems ?? 0}
          totalPages={problems.data.totalPages ?? 0}
          onPageChange={setPage}
        />
      )}
    </Stack>
  );
}

function CurrentJob({ id }: { id: string }) {
  const { t } = useTranslation();
  const job = useImport(id);
  const commit = useCommitImport();
  const cancel = useCancelImport();
  const rollback = useRollbackImport();
  if (!job.data) return <ProblemAlert error={job.error} />;
  const j = job.data;
  const percent = progressPercent(j);
  return (
    <Paper withBorder p="md" data-testid="import-job">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{j.fileName}</Text>
          <StateBadge job={j} />
        </Group>
        {isRunning(j.state) && (
          <Progress
            value={percent ?? 100}
            striped={percent === null}
            animated={percent === null || j.state === 'WRITING'}
            color={j.state === 'ROLLING_BACK' ? 'orange' : undefined}
            aria-label={t('imports.progress')}
          />
        )}
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {(['recordsRead', 'recordsValid', 'recordsInvalid', 'householdsCreated', 'householdsUpdated'] as const).map((k) => (
            <div key={k}>
              <Text size="xs" c="dimmed">
                {t(`imports.counts.${k}`)}
              </Text>
              <Text fw={600} data-testid={`count-${k}`}>
                {j[k] ?? 0}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {j.state === 'ROLLING_BACK' && (
          <Text size="sm" c="dimmed" data-testid="rolling-back">
            {t('imports.rollingBack')}
          </Text>
        )}
        {j.error && <Text c="red">{j.error}</Text>}
        <JobActionProblem error={commit.error ?? cancel.error ?? rollback.error ?? rollbackProblem(j)} />
        <Group gap="xs">
          {canCommit(j) && (
            <Button onClick={() => commit.mutate(j.id!)} loading={commit.isPending}>
              {t('imports.actions.commit', { count: j.recordsValid ?? 0 })}
            </Button>
          )}
          {canCancel(j) && (
            <Button variant="default" onClick={() => cancel.mutate(j.id!)} loading={cancel.isPending}>
              {t('imports.actions.cancel')}
            </Button>
          )}
          {canRollback(j) && (
            <Button
              color="orange"
              variant="light"
              onClick={() => {
                if (window.confirm(t('imports.actions.rollbackConfirm', { count: j.recordsWritten ?? 0 }))) rollback.mutate(j.id!);
              }}
              loading={rollback.isPending}
            >
              {t('imports.actions.rollback')}
            </Button>
          )}
        </Group>
        <Problems job={j} />
      </Stack>
    </Paper>
  );
}

function History({ onPick }: { onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const jobs = useImports(page);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('imports.history.title')}
      </Title>
      <ProblemAlert error={jobs.error} />
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.history.requestedAt')}</Table.Th>
            <Table.Th>{t('imports.history.file')}</Table.Th>
            <Table.Th>{t('imports.history.by')}</Table.Th>
            <Table.Th>{t('imports.history.state')}</Table.Th>
            <Table.Th>{t('imports.history.records')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(jobs.data?.items ?? []).map((j) => (
            <Table.Tr key={j.id} onClick={() => onPick(j.id!)} style={{ cursor: 'pointer' }}>
              <Table.Td>{formatDateTime(j.requestedAt)}</Table.Td>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => onPick(j.id!)}>
                  {j.fileName}
                </Button>
              </Table.Td>
              <Table.Td>{j.requestedBy}</Table.Td>
              <Table.Td>
                <StateBadge job={j} />
              </Table.Td>
              <Table.Td>
                {t('imports.history.recordsValue', { read: j.recordsRead ?? 0, invalid: j.recordsInvalid ?? 0, written: j.recordsWritten ?? 0 })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {jobs.data && (
        <Pagination
          page={page}
          size={10}
          totalItems={jobs.data.totalItems ?? 0}
          totalPages={jobs.data.totalPages ?? 0}
          onPageChange={setPage}
        />
      )}
    </Stack>
  );
}

export function ImportsRoute() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [policy, setPolicy] = useState<ImportPolicy>('VALID_ROWS_ONLY');
  const [matchBy, setMatchBy] = useState<ImportMatch>('NONE');
  const [current, setCurrent] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const keys = useRef(new WeakMap<File, string>());
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadImport();
  const template = useDownloadTemplate();
  const me = useMe().data;
  const format = file ? formatOf(file) : null;

  const pick = (f: File | undefined | null) => {
    if (f) setFile(f);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    pick(e.dataTransfer.files?.[0]);
  };

  return (
    <Stack>
      <PageHeader
        title={t('imports.title')}
        description={t('imports.description')}
        actions={
          <Group gap="xs">
            {(['XLSX', 'CSV'] as const).map((f) => (
              <Button
                key={f}
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
                loading={template.isPending && template.variables === f}
                onClick={() => template.mutate(f)}
              >
                {t('imports.template', { format: f })}
              </Button>
            ))}
            {canExport(me) && (
              <Button component={Link} to={toExports()} variant="default" leftSection={<IconFileExport size={16} aria-hidden />}>
                {t('imports.exportLink')}
              </Button>
            )}
          </Group>
        }
      />
      <ProblemAlert error={template.error} />
      <Paper
        withBorder
        p="xl"
        role="button"
        tabIndex={0}
        aria-label={t('imports.drop.label')}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') input.current?.click();
        }}
        style={{ borderStyle: 'dashed', cursor: 'pointer', background: dragging ? 'var(--mantine-color-blue-0)' : undefined }}
      >
        <Stack align="center" gap={4}>
          <IconFileUpload size={32} aria-hidden />
          <Text fw={600}>{file ? file.name : t('imports.drop.prompt')}</Text>
          <Text size="sm" c="dimmed">
            {file && !format ? t('imports.drop.unsupported') : t('imports.drop.hint')}
          </Text>
        </Stack>
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,.csv,.ndjson,.jsonl"
          data-testid="import-file"
          onChange={(e) => pick(e.target.files?.[0])}
        />
      </Paper>
      <Group align="end">
        <NativeSelect
          label={t('imports.policy.label')}
          value={policy}
          onChange={(e) => setPolicy(e.currentTarget.value as ImportPolicy)}
          data={[
            { value: 'VALID_ROWS_ONLY', label: t('imports.policy.VALID_ROWS_ONLY') },
            { value: 'ALL_OR_NOTHING', label: t('imports.policy.ALL_OR_NOTHING') },
          ]}
        />
        <NativeSelect
          label={t('imports.matchBy.label')}
          value={matchBy}
          onChange={(e) => setMatchBy(e.currentTarget.value as ImportMatch)}
          data={(['NONE', 'HOUSEHOLD_CODE', 'CITIZEN_ID'] as const).map((m) => ({ value: m, label: t(`imports.matchBy.${m}`) }))}
        />
        <Button
          disabled={!file || !format}
          loading={upload.isPending}
          onClick={() =>
            file &&
            format &&
            upload.mutate(
              { file, format, policy, matchBy, key: idempotencyKey(file, keys.current) },
              { onSuccess: (job) => setCurrent(job.id) },
            )
          }
        >
          {t('imports.check')}
        </Button>
      </Group>
      <ProblemAlert error={upload.error} />
      {current && <CurrentJob id={current} />}
      <History onPick={setCurrent} />
    </Stack>
  );
}
