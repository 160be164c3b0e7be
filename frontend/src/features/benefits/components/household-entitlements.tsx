import { useMemo, useState } from 'react';
import { Alert, Button, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState, ProblemAlert } from '@/components';
import type { BenefitProgram, Entitlement } from '@/lib/api/types';
import { usePermission } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { useBenefitPrograms } from '../api/get-benefit-programs';
import { useHouseholdEntitlements } from '../api/get-household-entitlements';
import { forMember, groupEntitlements, programName } from '../entitlements';
import { nextSteps } from '../step-form';
import { EntitlementFacts, EntitlementHistory, ValidityText } from './entitlement-facts';
import { StateBadge } from './state-badge';
import { StepModal, type StepTarget } from './step-modal';
import { ScrollTable } from './scroll-table';

export interface HouseholdRef {
  id: string;
  code: string;
  members: { id: string; fullName: string; relationship?: string }[];
}

interface Lookup {
  programs: Record<string, BenefitProgram>;
  citations: Record<string, string>;
}

function useLookup(): Lookup & { isPending: boolean; error: unknown } {
  const programs = useBenefitPrograms();
  return useMemo(() => {
    const byCode: Record<string, BenefitProgram> = {};
    const citations: Record<string, string> = {};
    for (const p of programs.data?.items ?? []) {
      byCode[p.code] = p;
      for (const r of p.rules) citations[r.code] = r.legalCitation;
    }
    return { programs: byCode, citations, isPending: programs.isPending, error: programs.error };
  }, [programs.data, programs.isPending, programs.error]);
}

function EntitlementTable({
  items,
  ended,
  caption,
  lookup,
  onRecord,
  subjectOf,
}: {
  items: Entitlement[];
  ended?: boolean;
  caption: string;
  lookup: Lookup;
  onRecord?: (e: Entitlement) => void;
  subjectOf: (e: Entitlement) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ScrollTable minWidth={860} label={caption}>
      <Table verticalSpacing="sm" striped data-testid={ended ? 'ended-entitlements' : 'entitlements-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('benefits.fields.program')}</Table.Th>
            {ended && <Table.Th scope="col">{t('benefits.fields.subject')}</Table.Th>}
            <Table.Th scope="col">{t('benefits.fields.rule')}</Table.Th>
            <Table.Th scope="col">{t('benefits.fields.validity')}</Table.Th>
            <Table.Th scope="col">{t('benefits.fields.state')}</Table.Th>
            <Table.Th scope="col">{ended ? t('benefits.fields.ended') : t('benefits.fields.fulfilment')}</Table.Th>
            {onRecord && (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('benefits.fields.actions')}</span>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const program = lookup.programs[e.programCode];
            const name = programName(program, language) || e.programCode;
            const steps = program ? nextSteps({ state: e.state, kind: program.kind, employedAfter: e.employedAfter }) : [];
            return (
              <Table.Tr
                key={e.id}
                data-testid="entitlement-row"
                data-program={e.programCode}
                data-state={e.state}
                data-member={e.memberId ?? ''}
              >
                <Table.Th scope="row" fw={600}>
                  {name}
                </Table.Th>
                {ended && <Table.Td>{subjectOf(e)}</Table.Td>}
                <Table.Td>
                  <Text size="sm">{e.ruleCode}</Text>
                  {lookup.citations[e.ruleCode] && (
                    <Text size="xs" c="gray.7">
                      {lookup.citations[e.ruleCode]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ValidityText from={e.validFrom} to={e.validTo} />
                </Table.Td>
                <Table.Td>
                  <StateBadge state={e.state} />
                </Table.Td>
                <Table.Td>
                  {ended ? (
                    <>
                      <Text size="sm">{t('benefits.facts.endedOn', { date: formatDate(e.endedOn ?? e.updatedAt) })}</Text>
                      {e.endReason && (
                        <Text size="sm" data-fact="endReason">
                          {t('benefits.facts.endReason', { reason: e.endReason })}
                        </Text>
                      )}
                      <EntitlementFacts entitlement={e} kind={program?.kind} />
                    </>
                  ) : (
                    <EntitlementFacts entitlement={e} kind={program?.kind} />
                  )}
                  <EntitlementHistory entitlement={e} />
                </Table.Td>
                {onRecord && (
                  <Table.Td>
                    {steps.length > 0 && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconChecklist size={14} aria-hidden />}
                        onClick={() => onRecord(e)}
                        aria-label={t('benefits.household.recordNamed', { program: name, name: subjectOf(e) })}
                      >
                        {t('benefits.household.record')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The household's entitlements: its own, each member's, and the ended ones apart with their reason. */
export function HouseholdEntitlements({ household }: { household: HouseholdRef }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entitlements = useHouseholdEntitlements(household.id);
  const lookup = useLookup();
  const canFulfil = usePermission('benefit:fulfil');
  const [params, setParams] = useSearchParams();
  const memberFilter = params.get('member') ?? '';
  const [recording, setRecording] = useState<Entitlement | null>(null);

  if (entitlements.isPending || lookup.isPending) return <LoadingState />;
  if (entitlements.isError) return <ProblemAlert error={entitlements.error} onRetry={() => void entitlements.refetch()} />;
  if (lookup.error) return <ProblemAlert error={lookup.error} />;

  const members = [...household.members].sort(
    (a, b) => Number(b.relationship === 'HEAD') - Number(a.relationship === 'HEAD'),
  );
  const all = entitlements.data.items;
  const shown = memberFilter ? forMember(all, memberFilter) : all;
  const groups = groupEntitlements(shown, members);
  const subjectOf = (e: Entitlement) => e.fullName ?? t('benefits.household.householdLevel', { code: household.code });
  const chooseMember = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('member', value);
        else next.delete('member');
        return next;
      },
      { replace: true },
    );
  const target: StepTarget | null =
    recording && lookup.programs[recording.programCode]
      ? {
          id: recording.id,
          programName: programName(lookup.programs[recording.programCode], language),
          kind: lookup.programs[recording.programCode].kind,
          state: recording.state,
          subject: subjectOf(recording),
          validFrom: recording.validFrom,
          validTo: recording.validTo,
          amountCapVnd: recording.amountCapVnd,
          employedAfter: recording.employedAfter,
        }
      : null;
  const onRecord = canFulfil ? setRecording : undefined;

  return (
    <Paper withBorder p="md" radius="md" data-testid="household-entitlements">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} fz="lg">
            {t('benefits.household.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('benefits.household.intro')}
          </Text>
        </Stack>
        {all.length === 0 ? (
          <Alert color="gray" variant="light" data-testid="no-entitlements">
            {t('benefits.household.empty')}
          </Alert>
        ) : (
          <>
            <NativeSelect
              label={t('benefits.household.memberFilter')}
              w={{ base: '100%', sm: 320 }}
              value={memberFilter}
              onChange={(e) => chooseMember(e.currentTarget.value)}
              data={[
                { value: '', label: t('benefits.household.allMembers') },
                ...members.map((m) => ({ value: m.id, label: m.fullName })),
              ]}
            />
            {groups.household.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="entitlements-household">
                <Title order={3} fz="md" id="entitlements-household">
                  {t('benefits.household.householdLevel', { code: household.code })}
                </Title>
                <EntitlementTable
                  items={groups.household}
                  caption={t('benefits.household.householdLevel', { code: household.code })}
                  lookup={lookup}
                  onRecord={onRecord}
                  subjectOf={subjectOf}
                />
              </Stack>
            )}
            {groups.members.map((m) => (
              <Stack
                key={m.memberId}
                gap="xs"
                component="section"
                aria-labelledby={`entitlements-${m.memberId}`}
                data-testid="member-entitlements"
                data-member={m.memberId}
              >
                <Title order={3} fz="md" id={`entitlements-${m.memberId}`}>
                  {m.fullName}
                </Title>
                <EntitlementTable
                  items={m.items}
                  caption={t('benefits.household.memberCaption', { name: m.fullName })}
                  lookup={lookup}
                  onRecord={onRecord}
                  subjectOf={subjectOf}
                />
              </Stack>
            ))}
            {groups.household.length === 0 && groups.members.length === 0 && (
              <Text size="sm" c="gray.7">
                {t('benefits.household.noneLive')}
              </Text>
            )}
            {groups.ended.length > 0 && (
              <Stack gap="xs" component="section" aria-labelledby="entitlements-ended">
                <Title order={3} fz="md" id="entitlements-ended">
                  {t('benefits.household.ended')}
                </Title>
                <EntitlementTable
                  items={groups.ended}
                  ended
                  caption={t('benefits.household.ended')}
                  lookup={lookup}
                  subjectOf={subjectOf}
                />
              </Stack>
            )}
          </>
        )}
      </Stack>
      <StepModal target={target} onClose={() => setRecording(null)} />
    </Paper>
  );
}
