import { useState } from 'react';
import { Anchor, Button, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState, Pagination, ProblemAlert } from '@/components';
import type { BenefitProgram, EntitlementState, EntitlementSummary } from '@/lib/api/types';
import { usePermission } from '@/lib/auth';
import { currentLanguage } from '@/lib/i18n';
import { toHousehold } from '@/lib/paths';
import { useEntitlements } from '../api/get-entitlements';
import { programName, trainingOutcome } from '../entitlements';
import { BENEFITS_TAB } from '../household-tab';
import { nextSteps } from '../step-form';
import { ValidityText } from './entitlement-facts';
import { StateBadge } from './state-badge';
import { StepModal, type StepTarget } from './step-modal';
import { ScrollTable } from './scroll-table';

interface Props {
  program: BenefitProgram;
  communeCode?: string;
  state?: EntitlementState;
  states: readonly EntitlementState[];
  /** i18n key prefix for the state filter's options (the training view says "Đang học", not "Đang thực hiện"). */
  stateLabels?: string;
  page: number;
  size: number;
  onChange: (change: { state?: EntitlementState | null; page?: number; size?: number }) => void;
}

/** A program's entitlements by state, with the next step to record on each (offices with benefit:fulfil). */
export function EntitlementList({ program, communeCode, state, states, stateLabels = 'benefits.states', page, size, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canFulfil = usePermission('benefit:fulfil');
  const canOpenHousehold = usePermission('household:read');
  const list = useEntitlements({ programCode: program.code, communeCode, state, page, size });
  const [recording, setRecording] = useState<EntitlementSummary | null>(null);
  const training = program.kind === 'VOCATIONAL_TRAINING';
  const subjectOf = (e: EntitlementSummary) => e.fullName ?? t('benefits.household.householdLevel', { code: e.householdCode });
  const target: StepTarget | null = recording
    ? {
        id: recording.id,
        programName: programName(program, language),
        kind: program.kind,
        state: recording.state,
        subject: subjectOf(recording),
        validFrom: recording.validFrom,
        validTo: recording.validTo,
        amountCapVnd: program.rules.find((r) => r.code === recording.ruleCode)?.amountCapVnd,
        employedAfter: recording.employedAfter,
      }
    : null;

  return (
    <Stack gap="sm" data-testid="entitlement-list">
      <NativeSelect
        label={t('benefits.list.stateFilter')}
        w={{ base: '100%', sm: 300 }}
        value={state ?? ''}
        onChange={(e) => onChange({ state: (e.currentTarget.value || null) as EntitlementState | null, page: 0 })}
        data={[
          { value: '', label: t('benefits.list.allStates') },
          ...states.map((s) => ({ value: s, label: t(`${stateLabels}.${s}`) })),
        ]}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('benefits.list.empty')}
        </Text>
      ) : (
        <>
          <ScrollTable minWidth={820} label={t('benefits.list.caption', { program: programName(program, language) })}>
            <Table striped verticalSpacing="xs" data-testid="entitlement-list-table">
              <caption className="visually-hidden">{t('benefits.list.caption', { program: programName(program, language) })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.household')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.reconciliation.columns.person')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.rule')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.validity')}</Table.Th>
                  <Table.Th scope="col">{t('benefits.fields.state')}</Table.Th>
                  {training && <Table.Th scope="col">{t('benefits.training.outcomeColumn')}</Table.Th>}
                  {canFulfil && (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('benefits.fields.actions')}</span>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((e) => (
                  <Table.Tr
                    key={e.id}
                    data-state={e.state}
                    data-household={e.householdCode}
                    data-outcome={training ? trainingOutcome(e) : undefined}
                  >
                    <Table.Th scope="row" fw={500}>
                      {canOpenHousehold ? (
                        <Anchor
                          component={Link}
                          to={`${toHousehold(e.householdId)}?tab=${BENEFITS_TAB}${e.memberId ? `&member=${e.memberId}` : ''}`}
                          size="sm"
                        >
                          {e.householdCode}
                        </Anchor>
                      ) : (
                        e.householdCode
                      )}
                    </Table.Th>
                    <Table.Td>{subjectOf(e)}</Table.Td>
                    <Table.Td>{e.ruleCode}</Table.Td>
                    <Table.Td>
                      <ValidityText from={e.validFrom} to={e.validTo} />
                    </Table.Td>
                    <Table.Td>
                      <StateBadge state={e.state} />
                    </Table.Td>
                    {training && <Table.Td>{t(`benefits.training.outcome.${trainingOutcome(e)}`)}</Table.Td>}
                    {canFulfil && (
                      <Table.Td>
                        {nextSteps({ state: e.state, kind: program.kind, employedAfter: e.employedAfter }).length > 0 && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            leftSection={<IconChecklist size={14} aria-hidden />}
                            onClick={() => setRecording(e)}
                            aria-label={t('benefits.household.recordNamed', {
                              program: programName(program, language),
                              name: subjectOf(e),
                            })}
                          >
                            {t('benefits.household.record')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
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
      <StepModal target={target} onClose={() => setRecording(null)} />
    </Stack>
  );
}
