import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components';
import type { FieldMessage } from '@/lib/problem';
import { changedSince } from '../model';

/**
 * A refused commit, cancel or rollback. A rollback refused because households were changed after the import lists
 * them by code, so the clerk knows which to correct by hand.
 */
export function JobActionProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const changed = changedSince(error);
  if (!changed) return <ProblemAlert error={error} />;
  const messages: FieldMessage[] = changed.codes.map((code) => ({ path: '', message: t('imports.rollback.household', { code }) }));
  const more = changed.count - changed.codes.length;
  if (more > 0) messages.push({ path: '', message: t('imports.rollback.more', { count: more }) });
  return <ProblemAlert error={error} fieldMessages={messages} />;
}
