import { useEffect, useMemo } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  isStaleVersion,
  partitionFieldMessages,
  problemFieldMessages,
  toProblemError,
  type FieldMessage,
  type ProblemError,
} from '@/lib/problem';
import { hasPath } from '../form-model';

export interface ServerErrors {
  problem: ProblemError | null;
  conflict: boolean;
  /** Messages that have no input to sit beside; the problem alert lists them. */
  otherMessages: FieldMessage[];
}

/** Puts a problem's errors[].pointer messages beside the form's inputs. */
export function useServerErrors<T extends object>(form: UseFormReturnType<T>, error: unknown): ServerErrors {
  const { t } = useTranslation();
  const problem = error ? toProblemError(error) : null;
  const conflict = problem ? isStaleVersion(problem) : false;
  const { fields, other } = useMemo(() => {
    if (!problem || conflict) return { fields: {}, other: [] };
    return partitionFieldMessages(problemFieldMessages(problem, t), (path) => hasPath(form.values, path));
  }, [error, t]);
  useEffect(() => {
    if (Object.keys(fields).length > 0) {
      form.setErrors(fields);
      window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    }
  }, [fields]);
  return { problem, conflict, otherMessages: other };
}
