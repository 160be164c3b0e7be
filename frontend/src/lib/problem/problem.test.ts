import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { problemDetail, problemFieldMessages, problemTitle, partitionFieldMessages } from './messages';
import {
  NETWORK_ERROR,
  ProblemError,
  isRateLimited,
  isStaleVersion,
  pointerToPath,
  retryAfterSeconds,
  toProblemError,
} from './problem';

const t = i18n.t.bind(i18n);

describe('pointerToPath', () => {
  it.each([
    ['/members/0/citizenId', 'members.0.citizenId'],
    ['/housing/floorAreaM2', 'housing.floorAreaM2'],
    ['/address', 'address'],
    ['#/members/2/fullName', 'members.2.fullName'],
    ['/a~1b/c~0d', 'a/b.c~d'],
    ['', ''],
    [undefined, ''],
  ])('%s → %s', (pointer, path) => {
    expect(pointerToPath(pointer)).toBe(path);
  });
});

describe('toProblemError', () => {
  const response = (status: number) => new Response(null, { status, statusText: 'X' });

  it('keeps the server problem and its code', () => {
    const error = toProblemError({ code: 'DUPLICATE_CITIZEN_ID', title: 'Conflict', status: 409 }, response(409));
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.code).toBe('DUPLICATE_CITIZEN_ID');
    expect(error.status).toBe(409);
  });

  it('derives a code from the status when the body is empty', () => {
    expect(toProblemError(undefined, response(401)).code).toBe('UNAUTHENTICATED');
    expect(toProblemError(undefined, response(412)).code).toBe('STALE_VERSION');
    expect(isStaleVersion(toProblemError(undefined, response(412)))).toBe(true);
    expect(toProblemError(undefined, response(503)).code).toBe('SERVICE_BUSY');
  });

  it('reads Retry-After of a rate-limited answer', () => {
    const limited = toProblemError(
      { code: 'RATE_LIMITED', status: 429 },
      new Response(null, { status: 429, headers: { 'Retry-After': '42' } }),
    );
    expect(isRateLimited(limited)).toBe(true);
    expect(limited.retryAfterSeconds).toBe(42);
    expect(toProblemError(undefined, response(429)).code).toBe('RATE_LIMITED');
    expect(toProblemError(undefined, response(429)).retryAfterSeconds).toBeUndefined();
    const now = Date.parse('2026-11-26T05:00:00Z');
    expect(retryAfterSeconds('Thu, 26 Nov 2026 05:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
  });

  it('marks failures that never reached the server', () => {
    const error = toProblemError(new TypeError('Failed to fetch'));
    expect(error.code).toBe(NETWORK_ERROR);
    expect(error.status).toBe(0);
  });
});

describe('problem messages', () => {
  const validation = new ProblemError(
    {
      status: 400,
      code: 'VALIDATION_FAILED',
      title: 'Validation failed',
      detail: 'The request has 2 invalid fields',
      errors: [
        { pointer: '/members/1/citizenId', detail: 'must be 12 digits' },
        { pointer: '/members/0/fullName', detail: 'must not be blank', code: 'NotBlank' },
        { pointer: '/somethingElse', detail: 'server-only rule' },
      ],
    },
    400,
  );

  it('translates known codes and falls back to the server text', async () => {
    await i18n.changeLanguage('vi');
    expect(problemTitle(validation, t)).toBe('Thông tin chưa hợp lệ');
    const unknown = new ProblemError({ code: 'SOMETHING_NEW', title: 'Something new', detail: 'Server says so' }, 422);
    expect(problemTitle(unknown, t)).toBe('Something new');
    expect(problemDetail(unknown, t)).toBe('Server says so');
    await i18n.changeLanguage('en');
    expect(problemTitle(validation, t)).toBe('Some information is not valid');
  });

  it('maps pointers to form paths, in the user’s language when the code is known', async () => {
    await i18n.changeLanguage('vi');
    expect(problemFieldMessages(validation, t)).toEqual([
      { path: 'members.1.citizenId', message: 'must be 12 digits' },
      { path: 'members.0.fullName', message: 'Trường này là bắt buộc' },
      { path: 'somethingElse', message: 'server-only rule' },
    ]);
    const duplicate = new ProblemError(
      { code: 'DUPLICATE_CITIZEN_ID', errors: [{ pointer: '/members/2/citizenId', detail: 'already used' }] },
      409,
    );
    expect(problemFieldMessages(duplicate, t)).toEqual([
      { path: 'members.2.citizenId', message: 'Số định danh cá nhân đã được đăng ký cho người khác' },
    ]);
  });

  it('separates messages with an input from the rest', () => {
    const { fields, other } = partitionFieldMessages(problemFieldMessages(validation, t), (p) =>
      p.startsWith('members.'),
    );
    expect(Object.keys(fields)).toEqual(['members.1.citizenId', 'members.0.fullName']);
    expect(other.map((m) => m.path)).toEqual(['somethingElse']);
  });
});
