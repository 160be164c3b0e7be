import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/lib/problem';
import {
  canCancel,
  canCommit,
  canRollback,
  changedSince,
  contentTypeOf,
  formatOf,
  idempotencyKey,
  isRunning,
  progressPercent,
  rollbackProblem,
  type ImportJob,
} from './model';

const job = (over: Partial<ImportJob>): ImportJob => ({
  id: 'j',
  format: 'CSV',
  mode: 'DRY_RUN',
  policy: 'VALID_ROWS_ONLY',
  matchBy: 'NONE',
  state: 'VALIDATED',
  fileName: 'a.csv',
  fileSize: 1,
  contentHash: 'h',
  recordsRead: 10,
  recordsValid: 8,
  recordsInvalid: 2,
  recordsWritten: 0,
  householdsCreated: 0,
  householdsUpdated: 0,
  membersWritten: 0,
  requestedAt: '2026-11-26T00:00:00Z',
  requestedBy: 'huyen.lan',
  ...over,
});

describe('import files', () => {
  it('tells the format by the name, since browsers give CSV and NDJSON files no type', () => {
    expect(formatOf({ name: 'Ho ngheo.XLSX' })).toBe('XLSX');
    expect(formatOf({ name: 'ho.csv', type: '' })).toBe('CSV');
    expect(formatOf({ name: 'ho.ndjson' })).toBe('NDJSON');
    expect(formatOf({ name: 'ho.jsonl' })).toBe('NDJSON');
    expect(formatOf({ name: 'ho.pdf', type: 'application/pdf' })).toBeNull();
    expect(contentTypeOf('NDJSON')).toBe('application/x-ndjson');
  });

  it('keeps one idempotency key per file', () => {
    const keys = new WeakMap<File, string>();
    const a = new File(['x'], 'a.csv');
    const b = new File(['x'], 'a.csv');
    expect(idempotencyKey(a, keys)).toBe(idempotencyKey(a, keys));
    expect(idempotencyKey(a, keys)).not.toBe(idempotencyKey(b, keys));
  });
});

describe('import jobs', () => {
  it('polls only while a worker has work', () => {
    expect(isRunning('QUEUED')).toBe(true);
    expect(isRunning('WRITING')).toBe(true);
    expect(isRunning('ROLLING_BACK')).toBe(true);
    expect(isRunning('VALIDATED')).toBe(false);
    expect(isRunning('ROLLED_BACK')).toBe(false);
  });

  it('commits a dry run unless all-or-nothing has invalid records', () => {
    expect(canCommit(job({}))).toBe(true);
    expect(canCommit(job({ policy: 'ALL_OR_NOTHING' }))).toBe(false);
    expect(canCommit(job({ policy: 'ALL_OR_NOTHING', recordsInvalid: 0 }))).toBe(true);
    expect(canCommit(job({ state: 'DONE' }))).toBe(false);
  });

  it('rolls back only a finished job that wrote something', () => {
    expect(canRollback(job({ state: 'DONE', recordsWritten: 3 }))).toBe(true);
    expect(canRollback(job({ state: 'DONE', recordsWritten: 0 }))).toBe(false);
    expect(canRollback(job({ state: 'WRITING', recordsWritten: 3 }))).toBe(false);
    expect(canRollback(job({ state: 'ROLLED_BACK', recordsWritten: 3 }))).toBe(false);
    expect(canRollback(job({ state: 'ROLLING_BACK', recordsWritten: 3 }))).toBe(false);
  });

  it('cancels an import being checked or written, never a rollback under way', () => {
    expect(canCancel(job({ state: 'WRITING' }))).toBe(true);
    expect(canCancel(job({ state: 'VALIDATED' }))).toBe(true);
    expect(canCancel(job({ state: 'ROLLING_BACK' }))).toBe(false);
    expect(canCancel(job({ state: 'DONE' }))).toBe(false);
  });

  it('reads why the last rollback was not done from a job back where it was', () => {
    const refused = { type: '/problems/conflict', title: 'Conflict', status: 409, code: 'BATCH_IN_USE' };
    const problem = rollbackProblem(job({ state: 'DONE', recordsWritten: 3, rollbackProblem: refused }));
    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem?.code).toBe('BATCH_IN_USE');
    expect(problem?.status).toBe(409);
    expect(rollbackProblem(job({ state: 'DONE', recordsWritten: 3 }))).toBeNull();
    expect(rollbackProblem(job({ state: 'ROLLED_BACK', rollbackProblem: refused }))).toBeNull();
  });

  it('measures the writing of a checked file against the records read', () => {
    expect(progressPercent(job({ state: 'WRITING', validatedAt: '2026-11-26T00:00:01Z', recordsWritten: 4, recordsInvalid: 2 }))).toBe(60);
    expect(progressPercent(job({ state: 'WRITING', validatedAt: undefined }))).toBeNull();
    expect(progressPercent(job({ state: 'VALIDATING' }))).toBeNull();
    expect(progressPercent(job({ state: 'ROLLING_BACK' }))).toBeNull();
    expect(progressPercent(job({ state: 'QUEUED' }))).toBe(0);
    expect(progressPercent(job({ state: 'DONE' }))).toBe(100);
  });
});

describe('changedSince', () => {
  it('reads the households of a rollback refused because they were changed since', () => {
    const error = new ProblemError({ code: 'BATCH_CHANGED_SINCE', householdCodes: ['29956-000001'], householdCount: 7 }, 409);
    expect(changedSince(error)).toEqual({ codes: ['29956-000001'], count: 7 });
    expect(changedSince(new ProblemError({ code: 'BATCH_CHANGED_SINCE' }, 409))).toEqual({ codes: [], count: 0 });
  });

  it('is null for any other answer', () => {
    expect(changedSince(new ProblemError({ code: 'BATCH_IN_USE' }, 409))).toBeNull();
    expect(changedSince(new Error('x'))).toBeNull();
    expect(changedSince(undefined)).toBeNull();
  });
});
