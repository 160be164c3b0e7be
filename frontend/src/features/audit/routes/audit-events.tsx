import { useEffect } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateField, LoadingState, PageHeader, Pagination, ProblemAlert } from '@/components';
import type { AuditEvent } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { toHousehold } from '@/lib/paths';
import { useAuditEvents } from '../api/get-audit-events';
import {
  AUDIT_KINDS,
  DEFAULT_AUDIT_SEARCH,
  auditApiQuery,
  auditSearchParams,
  fromDisplay,
  parseAuditSearch,
  toDisplay,
  type AuditSearch,
} from '../audit-search';

interface FilterValues {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  kind: AuditSearch['kind'];
  from: string;
  to: string;
}

function toFilterValues(search: AuditSearch): FilterValues {
  return {
    actor: search.actor,
    action: search.action,
    entityType: search.entityType,
    entityId: search.entityId,
    kind: search.kind,
    from: toDisplay(search.from),
    to: toDisplay(search.to),
  };
}

function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changes = event.changes ?? [];
  if (changes.length === 0) return <>—</>;
  const show = (v: unknown) =>
    v === null || v === undefined || v === '' ? t('audit.emptyValue') : typeof v === 'string' ? v : JSON.stringify(v);
  return (
    <List size="xs" spacing={0}>
      {changes.map((c, i) => (
        <List.Item key={`${c.field}-${i}`}>
          <Text span fw={600} size="xs">
            {c.field}
          </Text>
          : {show(c.from)} <span aria-hidden>→</span>
          <span className="visually-hidden">{t('audit.changedTo')}</span> {show(c.to)}
        </List.Item>
      ))}
    </List>
  );
}

export function AuditEventsRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseAuditSearch(params);
  const events = useAuditEvents(auditApiQuery(search));
  const form = useForm<FilterValues>({
    initialValues: toFilterValues(search),
    validate: {
      from: (v) => (fromDisplay(v) === null ? t('audit.invalidDate') : null),
      to: (v) => (fromDisplay(v) === null ? t('audit.invalidDate') : null),
    },
  });

  useEffect(() => {
    form.setValues(toFilterValues(search));
  }, [params.toString()]);

  const apply = (values: FilterValues) => {
    setParams(
      auditSearchParams({
        ...search,
        ...values,
        from: fromDisplay(values.from) ?? '',
        to: fromDisplay(values.to) ?? '',
        page: 0,
      }),
    );
  };

  const col = (name: string) => t(`audit.columns.${name}`);
  const f = (name: string) => t(`audit.filters.${name}`);

  return (
    <Stack gap="md">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Paper withBorder p="md" radius="md">
        <form noValidate role="search" aria-label={f('label')} onSubmit={form.onSubmit(apply)}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4, lg: 7 }} spacing="md">
            <TextInput label={f('actor')} autoComplete="off" {...form.getInputProps('actor')} />
            <TextInput label={f('action')} placeholder="HOUSEHOLD_UPDATED" autoComplete="off" {...form.getInputProps('action')} />
            <TextInput label={f('entityType')} placeholder="HOUSEHOLD" autoComplete="off" {...form.getInputProps('entityType')} />
            <TextInput label={f('entityId')} autoComplete="off" {...form.getInputProps('entityId')} />
            <NativeSelect
              label={f('kind')}
              data={[
                { value: '', label: f('allKinds') },
                ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) })),
              ]}
              {...form.getInputProps('kind')}
            />
            <DateField label={f('from')} {...form.getInputProps('from')} />
            <DateField label={f('to')} {...form.getInputProps('to')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="md" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                form.setValues(toFilterValues(DEFAULT_AUDIT_SEARCH));
                setParams(new URLSearchParams());
              }}
            >
              {f('clear')}
            </Button>
            <Button type="submit">{f('apply')}</Button>
          </Group>
        </form>
      </Paper>
      <Paper withBorder p="md" radius="md" aria-busy={events.isFetching}>
        {events.isPending ? (
          <LoadingState />
        ) : events.isError ? (
          <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />
        ) : events.data.items.length === 0 ? (
          <Text c="dimmed" ta="center" py="lg" role="status">
            {t('audit.empty')}
          </Text>
        ) : (
          <Stack gap="md">
            <Table.ScrollContainer minWidth={960}>
              <Table striped verticalSpacing="xs" data-testid="audit-table">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{col('time')}</Table.Th>
                    <Table.Th scope="col">{col('actor')}</Table.Th>
                    <Table.Th scope="col" miw={180}>
                      {col('action')}
                    </Table.Th>
                    <Table.Th scope="col">{col('entity')}</Table.Th>
                    <Table.Th scope="col">{col('purpose')}</Table.Th>
                    <Table.Th scope="col">{col('changes')}</Table.Th>
                    <Table.Th scope="col">{col('traceId')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {events.data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.occurredAt)}</Table.Td>
                      <Table.Td>{e.actor}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Text>
                        {e.kind && (
                          <Badge size="xs" variant="light" tt="none" style={{ overflow: 'visible' }} color={e.kind === 'READ' ? 'gray' : e.kind === 'WRITE' ? 'blue' : 'orange'}>
                            {t(`audit.kinds.${e.kind}`)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.entityType ? t(`audit.entityTypes.${e.entityType}`, { defaultValue: e.entityType }) : '—'}</Text>
                        {e.householdId ? (
                          <Anchor component={Link} to={toHousehold(e.householdId)} size="xs" ff="monospace">
                            {e.entityId ?? e.householdId}
                          </Anchor>
                        ) : (
                          e.entityId && (
                            <Text size="xs" ff="monospace">
                              {e.entityId}
                            </Text>
                          )
                        )}
                      </Table.Td>
                      <Table.Td>{e.purpose ?? '—'}</Table.Td>
                      <Table.Td>
                        <Changes event={e} />
                      </Table.Td>
                      <Table.Td>{e.traceId ? <Code fz="xs">{e.traceId}</Code> : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pagination
              page={events.data.page}
              size={events.data.size}
              totalItems={events.data.totalItems}
              totalPages={events.data.totalPages}
              exact={events.data.totalItemsExact}
              onPageChange={(page) => setParams(auditSearchParams({ ...search, page }))}
              onSizeChange={(size) => setParams(auditSearchParams({ ...search, size, page: 0 }))}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
