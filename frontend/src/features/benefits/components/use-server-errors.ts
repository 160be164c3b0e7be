import { useEffect, useMemo } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  partitionFieldMessages,
  problemFieldMessages,
  toProblemError,
  type FieldMessage,
  type ProblemError,
} from '@/lib/problem';

export interface ServerErrors {
  problem: ProblemError | null;
  /** Messages that have no input to sit beside; the problem alert lists them. */
  otherMessages: FieldMessage[];
}

/**
 * Puts a problem's errors[].pointer messages beside the form's inputs. `formPath` turns a server
 * path into the form's own (or null when no input shows it).
 */
export function useServerErrors<T extends object>(
  form: UseFormReturnType<T>,
  error: unknown,
  formPath: (serverPath: string) => string | null,
): ServerErrors {
  const { t } = useTranslation();
  const problem = error ? toProblemError(error) : null;
  const { fields, other } = useMemo(() => {
    if (!problem) return { fields: {} as Record<string, string>, other: [] as FieldMessage[] };
    const messages = problemFieldMessages(problem, t).map((m) => ({ ...m, path: formPath(m.path) ?? '' }));
    return partitionFieldMessages(messages, (path) => path !== '');
  }, [error, t]);
  useEffect(() => {
    if (Object.keys(fields).length > 0) {
      form.setErrors(fields);
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    }
  }, [fields]);
  return { problem, otherMessages: other };
}
