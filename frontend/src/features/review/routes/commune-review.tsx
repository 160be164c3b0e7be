import { useState } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFilePlus, IconGavel, IconSpeakerphone, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { InfoGrid, LoadingState, PageHeader, Pagination, ProblemAlert, usePageTitle } from '@/components';
import type { CaseState, CommuneReview } from '@/lib/api/types';
import { usePermission } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { toReview } from '@/lib/paths';
import { isNotFound } from '@/lib/problem';
import { useHamlets } from '../api/get-areas';
import { useCommuneReview } from '../api/get-commune-review';
import { useReviewCases } from '../api/get-review-cases';
import { useReviewCycle } from '../api/get-review-cycles';
import { ApplicationModal } from '../components/application-modal';
import { LateBadge } from '../components/badges';
import { CasesTable } from '../components/cases-table';
import { CommuneProgress } from '../components/commune-progress';
import { DecisionModal, PostingModal } from '../components/commune-step-modals';
import { MeetingModal } from '../components/meeting-modal';
import { MeetingsList } from '../components/meetings-list';
import { StageStepper } from '../components/stage-stepper';
import {
  CASE_PAGE_SIZES,
  caseApiQuery,
  caseSearchParams,
  parseCaseSearch,
  withCaseFilter,
  type CaseSearch,
} from '../case-search';
import { CASE_STATES, cycleLabel, readyToPost } from '../stages';

type Dialog = 'application' | 'meeting' | 'posting' | 'decision' | null;

function BackToBoard({ cycleId }: { cycleId?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={toReview(cycleId)} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('review.commune.backToBoard')}
      </Group>
    </Anchor>
  );
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('review.commune.notFound'));
  return (
    <Stack gap="md" data-testid="commune-review-not-found">
      <BackToBoard />
      <Title order={1} fz={26}>
        {t('review.commune.notFound')}
      </Title>
      <Alert color="gray" variant="light">
        {t('review.commune.notFoundText')}
      </Alert>
    </Stack>
  );
}

/** What the commune can do next, and why a step is not open yet. */
function NextStepHint({ review }: { review: CommuneReview }) {
  const { t } = useTranslation();
  const p = review.progress;
  let text: string;
  if (review.stage === 'ASSESSING') {
    text = readyToPost(p)
      ? t('review.commune.next.post')
      : t('review.commune.next.agree', { pending: p.total - p.agreed, total: p.total });
  } else if (review.stage === 'POSTING') {
    text = p.disputed > 0 ? t('review.commune.next.complaints', { count: p.disputed }) : t('review.commune.next.decide');
  } else if (review.stage === 'DECIDED') {
    text = t('review.commune.next.consolidate');
  } else {
    text = t('review.commune.next.done');
  }
  return (
    <Text size="sm" data-testid="next-step">
      {text}
    </Text>
  );
}

/** One commune's review: its stage, its households to review, its meetings and the steps it may take now. */
export function CommuneReviewRoute() {
  const { communeReviewId = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseCaseSearch(params);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canAssess = usePermission('review:assess');
  const canApprove = usePermission('review:approve');
  const review = useCommuneReview(communeReviewId);
  const cycle = useReviewCycle(review.data?.cycleId);
  const hamlets = useHamlets(review.data?.communeCode);
  const cases = useReviewCases(
    review.data?.cycleId ?? '',
    caseApiQuery(search, review.data?.communeCode ?? ''),
    review.isSuccess,
  );

  if (review.isPending) return <LoadingState />;
  if (review.isError) {
    if (isNotFound(review.error)) return <NotFound />;
    return (
      <Stack>
        <BackToBoard />
        <ProblemAlert error={review.error} onRetry={() => void review.refetch()} />
      </Stack>
    );
  }
  const r = review.data;
  const hamletList = hamlets.data?.items ?? [];
  const open = cycle.data?.state !== 'CONSOLIDATED';
  const assessing = open && r.stage === 'ASSESSING';
  const posting = open && r.stage === 'POSTING';
  const update = (change: Partial<CaseSearch>) => setParams(caseSearchParams(withCaseFilter(search, change)));
  const close = () => setDialog(null);

  return (
    <Stack gap="lg">
      <PageHeader
        above={<BackToBoard cycleId={r.cycleId} />}
        title={r.communeName}
        description={cycle.data ? cycleLabel(t, cycle.data) : undefined}
        actions={
          <>
            {assessing && canAssess && (
              <>
                <Button variant="light" leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => setDialog('application')}>
                  {t('review.application.button')}
                </Button>
                <Button variant="light" leftSection={<IconUsersGroup size={16} aria-hidden />} onClick={() => setDialog('meeting')}>
                  {t('review.meeting.button')}
                </Button>
              </>
            )}
            {assessing && canApprove && (
              <Button
                leftSection={<IconSpeakerphone size={16} aria-hidden />}
                onClick={() => setDialog('posting')}
                disabled={!readyToPost(r.progress)}
              >
                {t('review.posting.button')}
              </Button>
            )}
            {posting && canApprove && (
              <Button leftSection={<IconGavel size={16} aria-hidden />} onClick={() => setDialog('decision')}>
                {t('review.decision.button')}
              </Button>
            )}
          </>
        }
      />

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="commune-status-heading">
        <Stack gap="md">
          <Group justify="space-between" gap="xs">
            <Title order={2} fz="lg" id="commune-status-heading">
              {t('review.commune.statusTitle')}
            </Title>
            {r.late && <LateBadge />}
          </Group>
          <StageStepper stage={r.stage} />
          <NextStepHint review={r} />
          <CommuneProgress progress={r.progress} />
          <InfoGrid
            items={[
              { label: t('review.commune.householdsAtStart'), value: r.householdsAtStart },
              { label: t('review.commune.meetingsLabel'), value: r.meetings },
              {
                label: t('review.commune.postingLabel'),
                value:
                  r.postedFrom && r.postedTo
                    ? t('review.cycle.periodValue', { from: formatDate(r.postedFrom), to: formatDate(r.postedTo) })
                    : '',
              },
              {
                label: t('review.commune.decisionLabel'),
                value: r.decisionNumber
                  ? t('review.commune.decisionValue', { number: r.decisionNumber, date: formatDate(r.decidedOn) })
                  : '',
              },
            ]}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="cases-heading" aria-busy={cases.isFetching}>
        <Stack gap="md">
          <Title order={2} fz="lg" id="cases-heading">
            {t('review.cases.title')}
          </Title>
          <Group gap="md" align="flex-end">
            <NativeSelect
              label={t('review.cases.hamletFilter')}
              value={search.hamletCode ?? ''}
              onChange={(e) => update({ hamletCode: e.currentTarget.value || undefined })}
              data={[{ value: '', label: t('review.cases.allHamlets') }, ...hamletList.map((h) => ({ value: h.code, label: h.name }))]}
              w={{ base: '100%', xs: 240 }}
            />
            <NativeSelect
              label={t('review.cases.stateFilter')}
              value={search.state ?? ''}
              onChange={(e) => update({ state: (e.currentTarget.value || undefined) as CaseState | undefined })}
              data={[
                { value: '', label: t('review.cases.allStates') },
                ...CASE_STATES.map((s) => ({ value: s, label: t(`review.state.${s}`) })),
              ]}
              w={{ base: '100%', xs: 240 }}
            />
          </Group>
          {cases.isPending ? (
            <LoadingState />
          ) : cases.isError ? (
            <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
          ) : cases.data.items.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center" role="status">
              {t('review.cases.empty')}
            </Text>
          ) : (
            <Stack gap="md">
              <CasesTable items={cases.data.items} />
              <Pagination
                page={cases.data.page}
                size={cases.data.size}
                totalItems={cases.data.totalItems}
                totalPages={cases.data.totalPages}
                sizes={[...CASE_PAGE_SIZES]}
                onPageChange={(page) => update({ page })}
                onSizeChange={(size) => update({ size })}
              />
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="meetings-heading">
        <Stack gap="md">
          <Title order={2} fz="lg" id="meetings-heading">
            {t('review.meetings.title')}
          </Title>
          <MeetingsList communeReviewId={r.id} hamlets={hamletList} />
        </Stack>
      </Paper>

      {assessing && canAssess && (
        <>
          <ApplicationModal opened={dialog === 'application'} onClose={close} cycleId={r.cycleId} communeCode={r.communeCode} />
          <MeetingModal
            opened={dialog === 'meeting'}
            onClose={close}
            cycleId={r.cycleId}
            communeCode={r.communeCode}
            hamlets={hamletList}
          />
        </>
      )}
      {canApprove && (
        <>
          <PostingModal review={r} opened={dialog === 'posting'} onClose={close} />
          <DecisionModal review={r} opened={dialog === 'decision'} onClose={close} />
        </>
      )}
    </Stack>
  );
}
