import { ActionIcon, Alert, Anchor, Badge, Button, FileButton, Group, List, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import { useMe } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { toMonitoringPeriod } from '@/lib/paths';
import { downloadAttachment } from '../api/downloads';
import { useProgram } from '../api/periods';
import { useAttach, useMoveSubmission, useRemoveAttachment, useSaveSubmission, useSubmission, useVersions } from '../api/submissions';
import { StateBadge, TimelinessBadge } from '../components/parts';
import { availableActions, canEdit, contentFrom, fieldLabel, ownUnit } from '../logic';
import type { Submission } from '../types';

interface BudgetRow {
  projectCode: string;
  sourceCode: string;
  allocatedVnd: string;
  disbursedVnd: string;
}

function Versions({ submission, names }: { submission: Submission; names: Record<string, string> }) {
  const { t } = useTranslation();
  const versions = useVersions(submission.id!);
  if (!versions.data || versions.data.items!.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="versions">
      <Title order={2} fz="lg" mb="sm">
        {t('monitoring.submission.versions')}
      </Title>
      <Stack gap="sm">
        {versions.data.items!.map((v) => (
          <div key={v.number} data-version={v.number}>
            <Text fw={600} size="sm">
              {t('monitoring.submission.version', { number: v.number, date: formatDateTime(v.submittedAt) })}
            </Text>
            {v.changes!.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('monitoring.submission.noChanges')}
              </Text>
            ) : (
              <List size="sm">
                {v.changes!.map((c) => (
                  <List.Item key={c.field}>
                    {t('monitoring.submission.changed', { field: fieldLabel(c.field!, names, t), before: c.before ?? '–', after: c.after ?? '–' })}
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Editor({ submission, editable }: { submission: Submission; editable: boolean }) {
  const { t } = useTranslation();
  const program = useProgram();
  const save = useSaveSubmission(submission.id!);
  const [values, setValues] = useState<Record<string, string>>({});
  const [narratives, setNarratives] = useState({ results: '', difficulties: '', proposals: '' });
  const [budget, setBudget] = useState<BudgetRow[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const v: Record<string, string> = {};
    submission.indicators!.forEach((i) => (v[i.code!] = i.value === null || i.value === undefined ? '' : String(i.value)));
    setValues(v);
    setNarratives({
      results: submission.narratives?.results ?? '',
      difficulties: submission.narratives?.difficulties ?? '',
      proposals: submission.narratives?.proposals ?? '',
    });
    setBudget(submission.budget!.map((b) => ({ projectCode: b.projectCode!, sourceCode: b.sourceCode!, allocatedVnd: String(b.allocatedVnd), disbursedVnd: String(b.disbursedVnd) })));
  }, [submission]);
  const projects = useMemo(
    () => (program.data?.projects ?? []).flatMap((p) => (p.subProjects!.length ? p.subProjects! : [p])).filter((p) => p.runsHere),
    [program.data],
  );
  const sources = program.data?.fundingSources ?? [];
  const onSave = () =>
    save.mutate({ version: submission.version!, body: contentFrom(values, narratives, budget) }, { onSuccess: () => setSaved(true) });
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} fz="lg" mb="xs">
          {t('monitoring.submission.indicators')}
        </Title>
        <Text size="xs" c="gray.7" mb="sm">
          {t('monitoring.submission.registryBasis', { basis: submission.registryBasis })}
        </Text>
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder fz="sm" data-testid="indicators">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monitoring.columns.indicator')}</Table.Th>
                <Table.Th w={160}>{t('monitoring.columns.value')}</Table.Th>
                <Table.Th w={120}>{t('monitoring.columns.registry')}</Table.Th>
                <Table.Th w={140} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {submission.indicators!.map((i) => (
                <Table.Tr key={i.code} data-indicator={i.code}>
                  <Table.Td>{i.nameVi}</Table.Td>
                  <Table.Td>
                    {editable ? (
                      <TextInput
                        size="xs"
                        aria-label={i.nameVi}
                        value={values[i.code!] ?? ''}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          setValues((old) => ({ ...old, [i.code!]: v }));
                        }}
                      />
                    ) : (
                      (i.value ?? '–')
                    )}
                  </Table.Td>
                  <Table.Td>{i.registryValue ?? ''}</Table.Td>
                  <Table.Td>
                    {i.differsFromRegistry && (
                      <Badge color="orange" variant="light" data-testid="differs">
                        {t('monitoring.submission.differs')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          {(['results', 'difficulties', 'proposals'] as const).map((k) => (
            <Textarea
              key={k}
              label={t(`monitoring.narratives.${k}`)}
              autosize
              minRows={2}
              readOnly={!editable}
              value={narratives[k]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setNarratives((old) => ({ ...old, [k]: v }));
              }}
            />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} fz="lg" mb="sm">
          {t('monitoring.budget.title')}
        </Title>
        <Stack gap="xs">
          {budget.map((b, idx) => (
            <Group key={idx} gap="xs" align="flex-end" wrap="wrap">
              <NativeSelect
                label={t('monitoring.budget.project')}
                disabled={!editable}
                value={b.projectCode}
                data={[{ value: '', label: '—' }, ...projects.map((p) => ({ value: p.code!, label: `${p.number} ${p.nameVi}` }))]}
                onChange={(e) => { const v = e.currentTarget.value; setBudget((old) => old.map((x, j) => (j === idx ? { ...x, projectCode: v } : x))); }}
                maw={320}
              />
              <NativeSelect
                label={t('monitoring.budget.source')}
                disabled={!editable}
                value={b.sourceCode}
                data={[{ value: '', label: '—' }, ...sources.map((s) => ({ value: s.code!, label: s.nameVi! }))]}
                onChange={(e) => { const v = e.currentTarget.value; setBudget((old) => old.map((x, j) => (j === idx ? { ...x, sourceCode: v } : x))); }}
                maw={320}
              />
              <TextInput label={t('monitoring.budget.allocated')} readOnly={!editable} value={b.allocatedVnd}
                onChange={(e) => { const v = e.currentTarget.value; setBudget((old) => old.map((x, j) => (j === idx ? { ...x, allocatedVnd: v } : x))); }} w={150} />
              <TextInput label={t('monitoring.budget.disbursed')} readOnly={!editable} value={b.disbursedVnd}
                onChange={(e) => { const v = e.currentTarget.value; setBudget((old) => old.map((x, j) => (j === idx ? { ...x, disbursedVnd: v } : x))); }} w={150} />
              {editable && (
                <ActionIcon variant="subtle" color="red" aria-label={t('monitoring.budget.remove')} onClick={() => setBudget((old) => old.filter((_, j) => j !== idx))}>
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {editable && (
            <Button variant="subtle" w="fit-content" onClick={() => setBudget((old) => [...old, { projectCode: '', sourceCode: '', allocatedVnd: '0', disbursedVnd: '0' }])}>
              {t('monitoring.budget.add')}
            </Button>
          )}
        </Stack>
      </Paper>
      {save.error && <ProblemAlert error={save.error} />}
      {editable && (
        <Group>
          <Button onClick={onSave} loading={save.isPending}>
            {t('monitoring.submission.save')}
          </Button>
          {saved && !save.isPending && <Text size="sm" c="teal.8">{t('monitoring.submission.saved')}</Text>}
        </Group>
      )}
    </Stack>
  );
}

function Attachments({ submission, editable }: { submission: Submission; editable: boolean }) {
  const { t } = useTranslation();
  const attach = useAttach(submission.id!);
  const remove = useRemoveAttachment(submission.id!);
  return (
    <Paper withBorder p="md">
      <Title order={2} fz="lg" mb="sm">
        {t('monitoring.submission.attachments')}
      </Title>
      <Stack gap="xs">
        {submission.attachments!.map((a) => (
          <Group key={a.id} gap="xs">
            <Anchor component="button" onClick={() => downloadAttachment({ submissionId: submission.id!, attachmentId: a.id!, fileName: a.fileName! })}>
              {a.fileName}
            </Anchor>
            <Text size="xs" c="gray.7">{Math.ceil((a.sizeBytes ?? 0) / 1024)} KB</Text>
            {editable && (
              <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(a.id!)}>
                {t('monitoring.submission.remove')}
              </Button>
            )}
          </Group>
        ))}
        {editable && (
          <FileButton accept="application/pdf" onChange={(f) => f && attach.mutate(f)}>
            {(props) => (
              <Button {...props} variant="light" w="fit-content" leftSection={<IconPaperclip size={16} />} loading={attach.isPending}>
                {t('monitoring.submission.attach')}
              </Button>
            )}
          </FileButton>
        )}
        {attach.error && <ProblemAlert error={attach.error} />}
      </Stack>
    </Paper>
  );
}

function Workflow({ submission }: { submission: Submission }) {
  const { t } = useTranslation();
  const me = useMe();
  const move = useMoveSubmission(submission.id!);
  const [comment, setComment] = useState('');
  const actions = availableActions(submission, { permissions: me.data?.permissions ?? [], ownUnit: ownUnit(me.data) });
  if (actions.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="workflow">
      <Stack>
        {actions.includes('RETURN') && (
          <Textarea label={t('monitoring.submission.returnComment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} />
        )}
        <Group>
          {actions.map((a) => (
            <Button
              key={a}
              color={a === 'RETURN' ? 'orange' : a === 'ACCEPT' ? 'teal' : undefined}
              loading={move.isPending && move.variables?.action === a}
              onClick={() => move.mutate({ action: a, comment: a === 'RETURN' ? comment : undefined }, { onSuccess: () => setComment('') })}
            >
              {t(`monitoring.submission.actions.${a}`)}
            </Button>
          ))}
        </Group>
        {move.error && <ProblemAlert error={move.error} />}
      </Stack>
    </Paper>
  );
}

export function MonitoringSubmissionRoute() {
  const { t } = useTranslation();
  const { submissionId = '' } = useParams();
  const me = useMe();
  const submission = useSubmission(submissionId);
  const names = useMemo(() => {
    const n: Record<string, string> = {};
    submission.data?.indicators!.forEach((i) => (n[i.code!] = i.nameVi!));
    return n;
  }, [submission.data]);
  if (submission.isLoading) return <LoadingState />;
  if (submission.error || !submission.data) return <ProblemAlert error={submission.error} />;
  const s = submission.data;
  const editable = canEdit(s, { permissions: me.data?.permissions ?? [], ownUnit: ownUnit(me.data) });
  return (
    <Stack>
      <PageHeader
        title={t('monitoring.submission.title', { unit: s.unitName })}
        above={<Anchor component={Link} to={toMonitoringPeriod(s.periodId!)}>{t('monitoring.submission.back')}</Anchor>}
        description={
          <Group gap="xs">
            <StateBadge state={s.state} />
            <TimelinessBadge value={s.timeliness!} />
          </Group>
        }
      />
      {s.state === 'RETURNED' && s.returnComment && (
        <Alert color="orange" data-testid="return-comment">
          {t('monitoring.submission.returned', { comment: s.returnComment })}
        </Alert>
      )}
      {!s.editable && <Text size="sm" c="gray.7">{t('monitoring.submission.locked')}</Text>}
      <Workflow submission={s} />
      <Editor submission={s} editable={editable} />
      <Attachments submission={s} editable={editable} />
      <Versions submission={s} names={names} />
      <Paper withBorder p="md">
        <Title order={2} fz="lg" mb="sm">
          {t('monitoring.submission.history')}
        </Title>
        <List size="sm">
          {s.events!.map((e, i) => (
            <List.Item key={i}>
              {formatDateTime(e.occurredAt)} · {e.actor} · {t(`monitoring.state.${e.toState}`)}
              {e.comment ? ` – ${e.comment}` : ''}
            </List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
