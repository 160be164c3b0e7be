import type { TFunction } from 'i18next';
import { pointerToPath, type ProblemError } from './problem';

export interface FieldMessage {
  path: string;
  message: string;
}

function translated(t: TFunction, key: string): string | undefined {
  const value = t(key, { defaultValue: '' });
  return value === '' ? undefined : value;
}

/** Title for a problem in the user's language: known codes are translated, otherwise the server's title. */
export function problemTitle(error: ProblemError, t: TFunction): string {
  return (
    translated(t, `problems.codes.${error.code}.title`) ??
    error.problem.title ??
    t('problems.generic.title')
  );
}

/** Explanation for a problem: known codes are translated, otherwise the server's detail. */
export function problemDetail(error: ProblemError, t: TFunction): string | undefined {
  return translated(t, `problems.codes.${error.code}.detail`) ?? error.problem.detail ?? undefined;
}

/**
 * Field messages from errors[].pointer, in the user's language: a known per-field code, then a
 * known problem code, then the server's own detail.
 */
export function problemFieldMessages(error: ProblemError, t: TFunction): FieldMessage[] {
  const errors = error.problem.errors ?? [];
  return errors.map((fieldError) => {
    const byFieldCode = fieldError.code ? translated(t, `problems.fields.${fieldError.code}`) : undefined;
    const byProblemCode =
      error.code !== 'VALIDATION_FAILED' ? translated(t, `problems.fields.${error.code}`) : undefined;
    return {
      path: pointerToPath(fieldError.pointer),
      message: byFieldCode ?? byProblemCode ?? fieldError.detail ?? t('problems.generic.field'),
    };
  });
}

/**
 * Splits field messages into those a form shows beside its inputs and the rest, which the
 * problem alert lists.
 */
export function partitionFieldMessages(
  messages: FieldMessage[],
  isKnownField: (path: string) => boolean,
): { fields: Record<string, string>; other: FieldMessage[] } {
  const fields: Record<string, string> = {};
  const other: FieldMessage[] = [];
  for (const message of messages) {
    if (message.path && isKnownField(message.path)) {
      fields[message.path] = fields[message.path] ? `${fields[message.path]} ${message.message}` : message.message;
    } else {
      other.push(message);
    }
  }
  return { fields, other };
}
