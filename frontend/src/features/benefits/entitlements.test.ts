import { describe, expect, it } from 'vitest';
import { cardInForce, formatPercent, groupEntitlements, forMember, isLive, programName, trainingOutcome } from './entitlements';
import { entitlement, healthInsurance } from './test-fixtures';

describe('entitlements', () => {
  it('keeps expired and revoked ones apart as history', () => {
    expect(['ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED'].every((s) => isLive(s as never))).toBe(true);
    expect(isLive('EXPIRED')).toBe(false);
    expect(isLive('REVOKED')).toBe(false);
  });

  it('groups the household’s own, each member’s in member order, and the ended ones newest first', () => {
    const items = [
      entitlement({ id: 'a', memberId: 'm-2', fullName: 'Lê Thị Hoa' }),
      entitlement({ id: 'b', memberId: 'm-1', fullName: 'Nguyễn Văn An' }),
      entitlement({ id: 'c', memberId: undefined, fullName: undefined, programCode: 'LOAN_POOR', ruleCode: 'LOAN_POOR' }),
      entitlement({ id: 'd', memberId: 'm-1', state: 'EXPIRED', endedOn: '2025-01-01', endReason: 'status NOT_POOR' }),
      entitlement({ id: 'e', memberId: 'm-3', fullName: 'Người đã rời hộ', state: 'REVOKED', endedOn: '2026-02-01' }),
      entitlement({ id: 'f', memberId: 'm-9', fullName: 'An Văn Bình' }),
      entitlement({ id: 'g', memberId: 'm-1', programCode: 'NUTRITION', ruleCode: 'NUTRITION_CHILD' }),
    ];
    const groups = groupEntitlements(items, [
      { id: 'm-1', fullName: 'Nguyễn Văn An' },
      { id: 'm-2', fullName: 'Lê Thị Hoa' },
    ]);
    expect(groups.household.map((e) => e.id)).toEqual(['c']);
    expect(groups.members.map((m) => [m.memberId, m.items.map((e) => e.id)])).toEqual([
      ['m-1', ['b', 'g']],
      ['m-2', ['a']],
      ['m-9', ['f']],
    ]);
    expect(groups.ended.map((e) => e.id)).toEqual(['e', 'd']);
  });

  it('shows one member with the household’s own entitlements', () => {
    const items = [entitlement({ id: 'a', memberId: 'm-2' }), entitlement({ id: 'b' }), entitlement({ id: 'c', memberId: undefined })];
    expect(forMember(items, 'm-1').map((e) => e.id)).toEqual(['b', 'c']);
    expect(forMember(items, 'm-1', false).map((e) => e.id)).toEqual(['b']);
  });

  it('names a program in the chosen language, Vietnamese by default', () => {
    expect(programName(healthInsurance, 'vi')).toBe('Hỗ trợ đóng bảo hiểm y tế');
    expect(programName(healthInsurance, 'en')).toBe('Health-insurance premium support');
    expect(programName(undefined, 'vi')).toBe('');
  });

  it.each([
    ['ELIGIBLE', false, 'ELIGIBLE'],
    ['REQUESTED', false, 'REQUESTED'],
    ['ENROLLED', false, 'ENROLLED'],
    ['FULFILLED', false, 'COMPLETED'],
    ['FULFILLED', true, 'EMPLOYED'],
    ['EXPIRED', true, 'ENDED'],
    ['REVOKED', false, 'ENDED'],
  ] as const)('training in state %s (employed %s) reads %s', (state, employedAfter, outcome) => {
    expect(trainingOutcome({ state, employedAfter })).toBe(outcome);
  });

  it('tells whether a card is in force on a day, both ends included', () => {
    const card = { cardValidFrom: '2026-01-01', cardValidTo: '2027-12-31' };
    expect(cardInForce(card, '2026-01-01')).toBe(true);
    expect(cardInForce(card, '2027-12-31')).toBe(true);
    expect(cardInForce(card, '2028-01-01')).toBe(false);
    expect(cardInForce({}, '2026-06-01')).toBe(false);
  });

  it('writes percentages with one decimal at most, in the language’s style', () => {
    expect(formatPercent(70, 'vi')).toBe('70 %');
    expect(formatPercent(85.55, 'vi')).toBe('85,6 %');
    expect(formatPercent(85.5, 'en')).toBe('85.5 %');
    expect(formatPercent(null, 'vi')).toBe('');
  });
});
