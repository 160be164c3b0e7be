import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink, IconMessageReport, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InfoGrid, LoadingState, PageHeader, ProblemAlert, usePageTitle } from '@/components';
import type { PovertyStandard, ReviewCase } from '@/lib/api/types';
import { usePermission } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { toCommuneReview, toHousehold } from '@/lib/paths';
import { isNotFound } from '@/lib/problem';
import { useCommuneReview } from '../api/get-commune-review';
import { usePovertyStandard, useProposals } from '../api/get-proposals';
import { useReviewCase } from '../api/get-review-case';
import { AssessmentForm } from '../components/assessment-form';
import { AssessmentHistory } from '../components/assessment-history';
import { CaseStateBadge, StatusBadge, Tag } from '../components/badges';
import { ComplaintModal, ComplaintsList } from '../components/complaints';
import { assessable } from '../stages';

function BackToCommune({ communeReviewId, name }: { communeReviewId?: string; name?: string }) {
  const { t } = useTranslation();
  if (!communeReviewId) return null;
  return (
    <Anchor component={Link} to={toCommuneReview(communeReviewId)} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {name ? t('review.case.backToCommuneNamed', { name }) : t('review.case.backToCommune')}
      </Group>
    </Anchor>
  );
}

function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('review.case.notFound'));
  return (
    <Stack gap="md" data-testid="review-case-not-found">
      <Title order={1} fz={26}>
        {t('review.case.notFound')}
      </Title>
      <Alert color="gray" variant="light">
        {t('review.case.notFoundText')}
      </Alert>
    </Stack>
  );
}

function AssessmentSection({
  reviewCase,
  standard,
  onSaved,
  onCancel,
}: {
  reviewCase: ReviewCase;
  standard: PovertyStandard;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const proposals = useProposals(reviewCase.summary.householdId, reviewCase.referenceDate, reviewCase.standardCode, true);
  const recheck = reviewCase.summary.state === 'DISPUTED';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="assessment-heading">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="assessment-heading">
            {recheck ? t('review.assessment.recheckTitle') : t('review.assessment.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('review.assessment.intro', { date: formatDate(reviewCase.referenceDate), standard: reviewCase.standardCode })}
          </Text>
        </Stack>
        {proposals.isPending ? (
          <LoadingState />
        ) : proposals.isError ? (
          <ProblemAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
        ) : (
          <AssessmentForm
            reviewCase={reviewCase}
            proposals={proposals.data}
            standard={standard}
            onSaved={onSaved}
            onCancel={onCancel}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** One household's review: where it stands, the assessment form, its history, the meeting votes and complaints. */
export function ReviewCaseRoute() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const canAssess = usePermission('review:assess');
  const canApprove = usePermission('review:approve');
  const reviewCase = useReviewCase(caseId);
  const commune = useCommuneReview(reviewCase.data?.communeReviewId);
  const standard = usePovertyStandard(reviewCase.data?.standardCode ?? '', reviewCase.isSuccess);
  const [editing, setEditing] = useState(false);
  const [complaining, setComplaining] = useState(false);

  if (reviewCase.isPending) return <LoadingState />;
  if (reviewCase.isError) {
    if (isNotFound(reviewCase.error)) return <NotFound />;
    return <ProblemAlert error={reviewCase.error} onRetry={() => void reviewCase.refetch()} />;
  }
  const c = reviewCase.data;
  const s = c.summary;
  const canRecord = canAssess && assessable(c, commune.data);
  // a listed or returned case needs an assessment: the form is open; otherwise it opens on request
  const needsAssessment = s.state === 'LISTED' || s.state === 'RETURNED';
  const showForm = canRecord && (needsAssessment || editing);
  const canComplain =
    canAssess && commune.data?.stage === 'POSTING' && (s.state === 'AGREED' || s.state === 'DISPUTED');

  return (
    <Stack gap="lg">
      <PageHeader
        above={<BackToCommune communeReviewId={c.communeReviewId} name={commune.data?.communeName} />}
        title={t('review.case.title', { code: s.householdCode })}
        description={
          <Group gap="xs" component="span">
            <span>{t('review.case.headLine', { name: s.headName || '—' })}</span>
            <Anchor component={Link} to={toHousehold(s.householdId)} size="sm">
              <Group gap={4} component="span">
                {t('review.case.householdLink')}
                <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          </Group>
        }
        actions={
          <>
            {canRecord && !needsAssessment && !editing && (
              <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                {s.state === 'DISPUTED' ? t('review.assessment.recheckButton') : t('review.assessment.reassessButton')}
              </Button>
            )}
            {canComplain && (
              <Button
                variant="light"
                color="red"
                leftSection={<IconMessageReport size={16} aria-hidden />}
                onClick={() => setComplaining(true)}
              >
                {t('review.complaints.recordButton')}
              </Button>
            )}
          </>
        }
      />

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="case-status-heading">
        <Stack gap="md">
          <Group gap="sm" wrap="wrap">
            <Title order={2} fz="lg" id="case-status-heading">
              {t('review.case.statusTitle')}
            </Title>
            <CaseStateBadge state={s.state} data-testid="case-state" />
            {s.openComplaints > 0 && (
              <Tag tone="red">
                {t('review.case.openComplaints', { count: s.openComplaints })}
              </Tag>
            )}
          </Group>
          <InfoGrid
            items={[
              { label: t('review.case.hamlet'), value: s.hamletName || s.hamletCode },
              {
                label: t('review.case.origin'),
                value: s.appliedOn
                  ? t('review.case.appliedOn', { origin: t(`review.origin.${s.origin}`), date: formatDate(s.appliedOn) })
                  : t(`review.origin.${s.origin}`),
              },
              { label: t('review.case.statusStart'), value: <StatusBadge status={s.statusStart} /> },
              {
                label: t('review.case.proposedStatus'),
                value: <span data-testid="case-proposed">{s.proposedStatus ? <StatusBadge status={s.proposedStatus} /> : '—'}</span>,
              },
              {
                label: t('review.case.finalStatus'),
                value: s.finalStatus ? <StatusBadge status={s.finalStatus} variant="filled" /> : t('review.case.notDecided'),
              },
              {
                label: t('review.case.standard'),
                value: t('review.case.standardValue', { standard: c.standardCode, date: formatDate(c.referenceDate) }),
              },
            ]}
          />
        </Stack>
      </Paper>

      {showForm &&
        (standard.isPending ? (
          <LoadingState />
        ) : standard.isError ? (
          <ProblemAlert error={standard.error} onRetry={() => void standard.refetch()} />
        ) : (
          <AssessmentSection
            reviewCase={c}
            standard={standard.data}
            onSaved={() => setEditing(false)}
            onCancel={needsAssessment ? undefined : () => setEditing(false)}
          />
        ))}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-heading">
        <Stack gap="md">
          <Title order={2} fz="lg" id="history-heading">
            {t('review.history.title')}
          </Title>
          <AssessmentHistory assessments={c.assessments} indicators={standard.data?.indicators ?? []} />
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="votes-heading">
        <Stack gap="md">
          <Title order={2} fz="lg" id="votes-heading">
            {t('review.votes.title')}
          </Title>
          {c.votes.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.votes.empty')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="case-votes">
              {c.votes.map((v, i) => (
                <List.Item key={`${v.caseId}-${i}`}>
                  <Group gap={6} component="span" wrap="wrap">
                    <StatusBadge status={v.proposedStatus} size="sm" />
                    <span>{t('review.votes.line', { agree: v.agree })}</span>
                    <Tag size="sm" tone={v.agreed ? 'teal' : 'orange'}>
                      {v.agreed ? t('review.meetings.agreed') : t('review.meetings.returned')}
                    </Tag>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaints-heading">
        <Stack gap="md">
          <Title order={2} fz="lg" id="complaints-heading">
            {t('review.complaints.title')}
          </Title>
          <ComplaintsList reviewCase={c} canResolve={canApprove && commune.data?.stage === 'POSTING'} />
        </Stack>
      </Paper>

      {canComplain && <ComplaintModal reviewCase={c} opened={complaining} onClose={() => setComplaining(false)} />}
    </Stack>
  );
}
