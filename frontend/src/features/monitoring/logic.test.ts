import { describe, expect, it } from 'vitest';
import { availableActions, barPercent, canEdit, contentFrom, fieldLabel, latestYear, ownUnit, toCsv } from './logic';

describe('toCsv', () => {
  it('starts with a byte-order mark, quotes commas and quotes, and defuses formulas', () => {
    const csv = toCsv(['Xã', 'Tỷ lệ'], [['Xã Thường Phước 1', 2.5], ['A, "B"', null], ['=SUM(A1)', -0.6]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Xã Thường Phước 1,2.5\r\n');
    expect(csv).toContain('"A, ""B""",\r\n');
    expect(csv).toContain("'=SUM(A1),-0.6");
  });
});

describe('barPercent', () => {
  it('scales against the widest value and stays within 0–100', () => {
    expect(barPercent(2, 4)).toBe(50);
    expect(barPercent(5, 4)).toBe(100);
    expect(barPercent(null, 4)).toBe(0);
    expect(barPercent(1, 0)).toBe(0);
  });
});

describe('latestYear', () => {
  it('prefers the latest year with an end rate', () => {
    const area = {
      areaCode: '29956',
      areaName: 'Xã Thường Phước 1',
      years: [
        { year: 2022, households: 10, poorStart: 1, nearPoorStart: 1, poorRateStart: 10, nearPoorRateStart: 10, provisional: true },
        { year: 2021, households: 10, poorStart: 1, nearPoorStart: 1, poorRateStart: 10, nearPoorRateStart: 10, provisional: false, poorRate: 8 },
      ],
    };
    expect(latestYear(area)?.year).toBe(2021);
  });
});

describe('who may do what', () => {
  const commune = { permissions: ['report:submit'], ownUnit: 'XA-29956' };
  const office = { permissions: ['report:review'] };

  it('gives a unit its own unit from the token scope', () => {
    expect(ownUnit({ communeCode: '29956' })).toBe('XA-29956');
    expect(ownUnit({ departmentCode: 'YTE' })).toBe('YTE');
    expect(ownUnit({})).toBeUndefined();
  });

  it('lets the unit submit its own draft or returned report, and the standing office return or accept a handed-in one', () => {
    expect(availableActions({ state: 'DRAFT', unitCode: 'XA-29956' }, commune)).toEqual(['SUBMIT']);
    expect(availableActions({ state: 'RETURNED', unitCode: 'XA-29956' }, commune)).toEqual(['SUBMIT']);
    expect(availableActions({ state: 'DRAFT', unitCode: 'XA-29971' }, commune)).toEqual([]);
    expect(availableActions({ state: 'SUBMITTED', unitCode: 'XA-29956' }, commune)).toEqual([]);
    expect(availableActions({ state: 'RESUBMITTED', unitCode: 'XA-29956' }, office)).toEqual(['RETURN', 'ACCEPT']);
    expect(availableActions({ state: 'ACCEPTED', unitCode: 'XA-29956' }, office)).toEqual([]);
  });

  it('lets only the unit edit, and only while a draft or returned', () => {
    expect(canEdit({ state: 'RETURNED', unitCode: 'XA-29956' }, commune)).toBe(true);
    expect(canEdit({ state: 'ACCEPTED', unitCode: 'XA-29956' }, commune)).toBe(false);
    expect(canEdit({ state: 'DRAFT', unitCode: 'XA-29956' }, office)).toBe(false);
  });
});

describe('contentFrom', () => {
  it('keeps typed numbers (a decimal comma too), drops empty inputs and half-filled budget lines', () => {
    const c = contentFrom(
      { POOR_HOUSEHOLDS: '12', POOR_RATE: '2,5', JOB_PLACEMENTS: '  ', LEGAL_AID_CASES: 'x' },
      { results: 'Đã làm', difficulties: ' ', proposals: '' },
      [
        { projectCode: 'P2', sourceCode: 'NTP_POVERTY', allocatedVnd: '100', disbursedVnd: '' },
        { projectCode: '', sourceCode: 'NTP_POVERTY', allocatedVnd: '1', disbursedVnd: '1' },
      ],
    );
    expect(c.indicators).toEqual({ POOR_HOUSEHOLDS: 12, POOR_RATE: 2.5 });
    expect(c.narratives).toEqual({ results: 'Đã làm', difficulties: undefined, proposals: undefined });
    expect(c.budget).toEqual([{ projectCode: 'P2', sourceCode: 'NTP_POVERTY', allocatedVnd: 100, disbursedVnd: 0 }]);
  });
});

describe('fieldLabel', () => {
  it('names changed fields for the version diff', () => {
    const t = (k: string) => k;
    expect(fieldLabel('indicators.POOR_HOUSEHOLDS', { POOR_HOUSEHOLDS: 'Số hộ nghèo' }, t)).toBe('Số hộ nghèo');
    expect(fieldLabel('narratives.difficulties', {}, t)).toBe('monitoring.narratives.difficulties');
    expect(fieldLabel('budget.P6.2/NTP_POVERTY.disbursedVnd', {}, t)).toBe('P6.2/NTP_POVERTY – monitoring.budget.disbursed');
  });
});
