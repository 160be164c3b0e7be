import type { components } from '@/lib/api/schema';
import { ProblemError } from '@/lib/problem';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportFormat = NonNullable<ImportJob['format']>;
export type ImportState = NonNullable<ImportJob['state']>;
export type ImportPolicy = NonNullable<ImportJob['policy']>;
export type ImportMatch = NonNullable<ImportJob['matchBy']>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The format of a dropped file, by its name (browsers often give CSV and NDJSON files no type); null when not importable. */
export function formatOf(file: { name: string; type?: string }): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return 'XLSX';
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'CSV';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl') || file.type === 'application/x-ndjson') return 'NDJSON';
  return null;
}

export function contentTypeOf(format: ImportFormat): string {
  return format === 'XLSX' ? XLSX_TYPE : format === 'CSV' ? 'text/csv' : 'application/x-ndjson';
}

/** A worker has work to do on the job (a rollback too, which runs in the background): keep polling it. */
export function isRunning(state: ImportState | undefined): boolean {
  return state === 'QUEUED' || state === 'VALIDATING' || state === 'WRITING' || state === 'ROLLING_BACK';
}

/** A checked dry run can be written, unless all-or-nothing and some records are invalid. */
export function canCommit(job: ImportJob): boolean {
  return job.state === 'VALIDATED' && !(job.policy === 'ALL_OR_NOTHING' && (job.recordsInvalid ?? 0) > 0);
}

/** An import can be stopped while it is checked or written; a rollback under way cannot. */
export function canCancel(job: ImportJob): boolean {
  return (isRunning(job.state) && job.state !== 'ROLLING_BACK') || job.state === 'VALIDATED';
}

export function canRollback(job: ImportJob): boolean {
  return (job.recordsWritten ?? 0) > 0 && (job.state === 'DONE' || job.state === 'CANCELLED' || job.state === 'FAILED');
}

/**
 * Why the last rollback was not done (refused or failed in the background, the job back where it was), as the problem
 * a refused request answers, so it is shown the same way; null when there is none.
 */
export function rollbackProblem(job: ImportJob): ProblemError | null {
  const problem = job.rollbackProblem;
  if (!problem || job.state === 'ROLLING_BACK' || job.state === 'ROLLED_BACK') return null;
  return new ProblemError(problem, problem.status ?? 409);
}

/**
 * The households a refused rollback names (BATCH_CHANGED_SINCE): the codes the server lists (the first 50) and how
 * many were changed in all; null for any other answer.
 */
export function changedSince(error: unknown): { codes: string[]; count: number } | null {
  if (!(error instanceof ProblemError) || error.code !== 'BATCH_CHANGED_SINCE') return null;
  const codes = error.problem.householdCodes ?? [];
  return { codes, count: Math.max(error.problem.householdCount ?? 0, codes.length) };
}

/**
 * How far the job is, 0–100, or null when it cannot be told (the checks of a file whose length in records is not
 * known yet). Writing after the checks knows its total: the records read.
 */
export function progressPercent(job: ImportJob): number | null {
  const read = job.recordsRead ?? 0;
  switch (job.state) {
    case 'QUEUED':
      return 0;
    case 'WRITING': {
      if (!job.validatedAt || read === 0) return null;
      const done = (job.recordsWritten ?? 0) + (job.recordsInvalid ?? 0);
      return Math.min(100, Math.round((100 * done) / read));
    }
    case 'VALIDATING':
    case 'ROLLING_BACK':
      return null;
    default:
      return 100;
  }
}

/** A new key per upload: a retry of the same upload (the same File object) reuses it. */
export function idempotencyKey(file: File, keys: WeakMap<File, string>): string {
  let key = keys.get(file);
  if (!key) {
    key = globalThis.crypto.randomUUID();
    keys.set(file, key);
  }
  return key;
}
