import { List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState, ProblemAlert } from '@/components';
import type { Area } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { useCommuneMeetings } from '../api/get-commune-review';
import { StatusBadge, Tag } from './badges';

/** The commune's community meetings, newest first as the server lists them, with each vote's outcome. */
export function MeetingsList({ communeReviewId, hamlets }: { communeReviewId: string; hamlets: Area[] }) {
  const { t } = useTranslation();
  const meetings = useCommuneMeetings(communeReviewId);
  const hamletName = (code: string) => hamlets.find((h) => h.code === code)?.name ?? code;
  if (meetings.isPending) return <LoadingState />;
  if (meetings.isError) return <ProblemAlert error={meetings.error} onRetry={() => void meetings.refetch()} />;
  if (meetings.data.items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('review.meetings.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="meetings-list">
      {meetings.data.items.map((m) => (
        <Paper key={m.id} withBorder p="sm" radius="md" component="article" data-meeting={m.id}>
          <Stack gap={6}>
            <Text fw={700} size="sm">
              {t('review.meetings.heading', { hamlet: hamletName(m.hamletCode), date: formatDate(m.heldOn) })}
            </Text>
            <Text size="sm">
              {t('review.meetings.chairLine', { chair: m.chairName, attendees: m.attendees })}
            </Text>
            {m.minutesNote && (
              <Text size="sm" c="gray.7">
                {m.minutesNote}
              </Text>
            )}
            <List size="sm" spacing={4}>
              {m.votes.map((v) => (
                <List.Item key={v.caseId}>
                  <Text span size="sm" ff="monospace">
                    {v.householdCode}
                  </Text>{' '}
                  {v.headName} — <StatusBadge status={v.proposedStatus} size="sm" /> —{' '}
                  {t('review.meetings.voteLine', { agree: v.agree, attendees: m.attendees })}{' '}
                  <Tag size="sm" tone={v.agreed ? 'teal' : 'orange'}>
                    {v.agreed ? t('review.meetings.agreed') : t('review.meetings.returned')}
                  </Tag>
                </List.Item>
              ))}
            </List>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
