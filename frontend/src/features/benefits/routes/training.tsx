import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState, PageHeader, ProblemAlert } from '@/components';
import type { EntitlementState } from '@/lib/api/types';
import { toBenefitProgram } from '@/lib/paths';
import { useBenefitProgram } from '../api/get-benefit-program';
import { CommuneFilter } from '../components/commune-filter';
import { EntitlementList } from '../components/entitlement-list';
import { applySearchChange, readProgramSearch, writeProgramSearch, type ProgramSearchChange } from '../program-search';

export const TRAINING_PROGRAM = 'VOCATIONAL_TRAINING';
const TRAINING_STATES: readonly EntitlementState[] = ['ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED', 'EXPIRED', 'REVOKED'];

/**
 * Vocational training (Decision 46/2015): who may train, who registered, who is on a course, who completed it and
 * who found work after; the centre records each step here.
 */
export function TrainingRoute() {
  const { t } = useTranslation();
  const program = useBenefitProgram(TRAINING_PROGRAM);
  const [params, setParams] = useSearchParams();
  const search = readProgramSearch(params);
  const change = (next: ProgramSearchChange) =>
    setParams(writeProgramSearch(applySearchChange(search, next)), { replace: true });

  return (
    <Stack gap="md">
      <PageHeader title={t('benefits.training.title')} description={t('benefits.training.description')} />
      {program.isPending ? (
        <LoadingState />
      ) : program.isError ? (
        <ProblemAlert error={program.error} onRetry={() => void program.refetch()} />
      ) : (
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <Text size="sm">
              {t('benefits.training.steps')}{' '}
              <Anchor component={Link} to={toBenefitProgram(TRAINING_PROGRAM)} underline="always">
                {t('benefits.training.coverageLink')}
              </Anchor>
            </Text>
            <CommuneFilter value={search.communeCode} onChange={(c) => change({ communeCode: c, listPage: 0 })} />
            <EntitlementList
              program={program.data}
              communeCode={search.communeCode}
              state={search.state}
              states={TRAINING_STATES}
              stateLabels="benefits.training.states"
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
      )}
    </Stack>
  );
}
