import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  problemDetail,
  problemFieldMessages,
  problemTitle,
  toProblemError,
  type FieldMessage,
} from '@/lib/problem';

interface ProblemAlertProps {
  error: unknown;
  /** Field messages the form could not place beside an input; all of them when omitted. */
  fieldMessages?: FieldMessage[];
  onRetry?: () => void;
}

/** An API problem in the user's language, with the trace id for support. */
export function ProblemAlert({ error, fieldMessages, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = toProblemError(error);
  const detail = problemDetail(problem, t);
  const messages = fieldMessages ?? problemFieldMessages(problem, t);
  return (
    <Alert
      color="red"
      variant="light"
      title={problemTitle(problem, t)}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      data-problem-code={problem.code}
    >
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {messages.length > 0 && (
          <List size="sm">
            {messages.map((m, i) => (
              <List.Item key={`${m.path}-${i}`}>{m.message}</List.Item>
            ))}
          </List>
        )}
        {problem.problem.traceId && (
          <Text size="xs" c="dimmed">
            {t('problems.traceId', { traceId: problem.problem.traceId })}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
