import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { InfoGrid, LoadingState, PageHeader, ProblemAlert } from '@/components';
import type { BenefitRule } from '@/lib/api/types';
import { formatDate, formatVnd } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { toBenefits } from '@/lib/paths';
import { isNotFound } from '@/lib/problem';
import { useBenefitProgram } from '../api/get-benefit-program';
import { downloadCoverage, useProgramCoverage } from '../api/get-program-coverage';
import { CommuneFilter } from '../components/commune-filter';
import { CoverageChart } from '../components/coverage-chart';
import { CoverageTable } from '../components/coverage-table';
import { EntitlementList } from '../components/entitlement-list';
import { ReconciliationList } from '../components/reconciliation-list';
import { ENTITLEMENT_STATES, formatPercent, programName } from '../entitlements';
import { applySearchChange, readProgramSearch, writeProgramSearch, type ProgramSearchChange } from '../program-search';
import { ScrollTable } from '../components/scroll-table';

function BackToPrograms() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={toBenefits()} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('benefits.program.back')}
      </Group>
    </Anchor>
  );
}

/** Who a rule grants: the household standings and the person's conditions. */
export function ruleWho(rule: BenefitRule, t: TFunction): string {
  const parts = [rule.statuses.map((s) => t(`benefits.rules.statuses.${s}`)).join(', ')];
  if (rule.minAgeYears != null && rule.maxAgeYears != null) {
    parts.push(t('benefits.rules.ageRange', { min: rule.minAgeYears, max: rule.maxAgeYears }));
  } else if (rule.minAgeYears != null) parts.push(t('benefits.rules.ageFrom', { min: rule.minAgeYears }));
  else if (rule.maxAgeYears != null) parts.push(t('benefits.rules.ageUnder', { max: rule.maxAgeYears }));
  if (rule.learner) parts.push(t(`benefits.rules.learner.${rule.learner}`));
  if (rule.requiresDisability) parts.push(t('benefits.rules.disability'));
  if (rule.requiresEthnicMinority) parts.push(t('benefits.rules.ethnicMinority'));
  if (rule.escapeWindowMonths != null) parts.push(t('benefits.rules.escapeWindow', { months: rule.escapeWindowMonths }));
  return parts.join('; ');
}

/** What a rule gives: a share, a cap, a monthly amount, an interest rate. */
export function ruleWhat(rule: BenefitRule, t: TFunction, language: string): string {
  const parts: string[] = [];
  if (rule.supportRatePercent != null) {
    parts.push(t('benefits.rules.rate', { rate: formatPercent(rule.supportRatePercent, language) }));
    if (rule.provincialTopUpPercent) parts.push(t('benefits.rules.topUp', { rate: formatPercent(rule.provincialTopUpPercent, language) }));
  }
  if (rule.amountCapVnd != null) parts.push(t('benefits.rules.cap', { amount: formatVnd(rule.amountCapVnd, language) }));
  if (rule.monthlyAmountVnd != null) parts.push(t('benefits.rules.monthly', { amount: formatVnd(rule.monthlyAmountVnd, language) }));
  if (rule.interestRatePercent != null) {
    parts.push(t('benefits.rules.interest', { rate: formatPercent(rule.interestRatePercent, language) }));
  }
  if (rule.oncePerPerson) parts.push(t('benefits.rules.once'));
  return parts.join('; ');
}

function RulesTable({ rules }: { rules: BenefitRule[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ScrollTable minWidth={900} label={t('benefits.rules.title')}>
      <Table striped verticalSpacing="xs" data-testid="rules-table">
        <caption className="visually-hidden">{t('benefits.rules.title')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('benefits.rules.columns.rule')}</Table.Th>
            <Table.Th scope="col">{t('benefits.rules.columns.who')}</Table.Th>
            <Table.Th scope="col">{t('benefits.rules.columns.what')}</Table.Th>
            <Table.Th scope="col">{t('benefits.rules.columns.validity')}</Table.Th>
            <Table.Th scope="col">{t('benefits.rules.columns.citation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Th scope="row" fw={600}>
                {r.code}
                {!r.derived && (
                  <Text size="xs" c="gray.7" fw={400}>
                    {t('benefits.rules.notDerived')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{ruleWho(r, t)}</Table.Td>
              <Table.Td>
                {ruleWhat(r, t, language) || '—'}
                {r.unconfirmed.length > 0 && (
                  <Text size="xs" c="orange.9" mt={2}>
                    {t('benefits.rules.unconfirmed', { fields: r.unconfirmed.join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`benefits.rules.validity.${r.validity}`)}</Text>
                <Text size="xs" c="gray.7">
                  {r.validTo
                    ? t('benefits.validity.range', { from: formatDate(r.validFrom), to: formatDate(r.validTo) })
                    : t('benefits.rules.inForceFrom', { from: formatDate(r.validFrom) })}
                </Text>
              </Table.Td>
              <Table.Td>{r.legalCitation}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function CoverageSection({ code, communeCode }: { code: string; communeCode?: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const coverage = useProgramCoverage(code, communeCode);
  const download = useMutation({ mutationFn: () => downloadCoverage(code, communeCode) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="coverage-heading" data-testid="coverage">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="lg" id="coverage-heading">
          {t('benefits.coverage.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.isPending}
          onClick={() => download.mutate()}
        >
          {t('benefits.coverage.export')}
        </Button>
      </Group>
      {download.error && <ProblemAlert error={download.error} />}
      {coverage.isPending ? (
        <LoadingState />
      ) : coverage.isError ? (
        <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : (
        <>
          <Text size="sm" c="gray.7" data-testid="coverage-basis">
            {t('benefits.coverage.asOf', { date: formatDate(coverage.data.asOf) })}{' '}
            {coverage.data.targetPercent != null
              ? t('benefits.coverage.target', { target: formatPercent(coverage.data.targetPercent, language) })
              : t('benefits.coverage.noTarget')}{' '}
            {t(`benefits.coverage.basis.${coverage.data.basis}`)}
          </Text>
          <CoverageChart coverage={coverage.data} />
          <CoverageTable coverage={coverage.data} />
        </>
      )}
    </Stack>
  );
}

/** A program: its legal basis and rules, coverage per commune against the target, the board's lists and its people. */
export function BenefitProgramRoute() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const program = useBenefitProgram(code);
  const [params, setParams] = useSearchParams();
  const search = readProgramSearch(params);
  const change = (next: ProgramSearchChange) =>
    setParams(writeProgramSearch(applySearchChange(search, next)), { replace: true });

  if (program.isPending) return <LoadingState />;
  if (program.isError) {
    return (
      <Stack>
        <BackToPrograms />
        {isNotFound(program.error) ? (
          <Alert color="gray" variant="light" title={t('benefits.program.notFound')} />
        ) : (
          <ProblemAlert error={program.error} onRetry={() => void program.refetch()} />
        )}
      </Stack>
    );
  }
  const p = program.data;
  const withEntitlements = p.kind !== 'ACTIVITY';

  return (
    <Stack gap="lg">
      <PageHeader
        above={<BackToPrograms />}
        title={programName(p, language)}
        description={
          <Badge variant="light" color="navy" style={{ textTransform: 'none' }}>
            {t(`benefits.kinds.${p.kind}`)}
          </Badge>
        }
      />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="basis-heading">
        <Title order={2} fz="lg" mb="sm" id="basis-heading">
          {t('benefits.program.basis')}
        </Title>
        <InfoGrid
          cols={2}
          items={[
            { label: t('benefits.program.citation'), value: p.legalCitation },
            { label: t('benefits.program.leadUnit'), value: p.leadUnit },
            ...(p.note ? [{ label: t('benefits.program.note'), value: p.note }] : []),
          ]}
        />
        {p.rules.length > 0 && (
          <Stack gap="xs" mt="md">
            <Title order={3} fz="md">
              {t('benefits.rules.title')}
            </Title>
            <RulesTable rules={p.rules} />
          </Stack>
        )}
      </Paper>

      {withEntitlements && (
        <>
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <CommuneFilter value={search.communeCode} onChange={(c) => change({ communeCode: c, page: 0, listPage: 0 })} />
              <CoverageSection code={p.code} communeCode={search.communeCode} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <ReconciliationList
              programCode={p.code}
              communeCode={search.communeCode}
              finding={search.finding}
              page={search.page}
              size={search.size}
              onChange={(c) => change(c)}
            />
          </Paper>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="people-heading">
            <Stack gap="sm">
              <Title order={2} fz="lg" id="people-heading">
                {t('benefits.list.title')}
              </Title>
              <EntitlementList
                program={p}
                communeCode={search.communeCode}
                state={search.state}
                states={ENTITLEMENT_STATES}
                page={search.listPage}
                size={search.listSize}
                onChange={({ state, page, size }) =>
                  change({
                    ...(state !== undefined ? { state } : {}),
                    ...(page !== undefined ? { listPage: page } : {}),
                    ...(size !== undefined ? { listSize: size } : {}),
                  })
                }
              />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
