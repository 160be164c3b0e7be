import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommuneCoverage, Me, ProgramCoverage, ReconciliationItem } from '@/lib/api/types';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { healthInsurance, HOUSEHOLD_ID } from '../test-fixtures';
import { BenefitProgramRoute } from './benefit-program';

const district: Me = { ...districtMe, permissions: [...districtMe.permissions, 'benefit:read', 'benefit:fulfil'] };

const commune = (overrides: Partial<CommuneCoverage>): CommuneCoverage => ({
  communeCode: '29956',
  communeName: 'Xã Thường Phước 1',
  entitled: 10,
  requested: 0,
  denominator: 10,
  fulfilled: 9,
  unfulfilled: 1,
  noLongerEntitled: 0,
  coveragePercent: 90,
  meetsTarget: false,
  ...overrides,
});

const coverage: ProgramCoverage = {
  programCode: 'HEALTH_INSURANCE',
  programName: 'Hỗ trợ đóng bảo hiểm y tế',
  programKind: 'HEALTH_INSURANCE',
  asOf: '2026-11-26',
  targetPercent: 100,
  basis: 'ALL_ENTITLED',
  communes: [
    commune({}),
    commune({ communeCode: '29971', communeName: 'Thị trấn Thường Thới Tiền', entitled: 4, fulfilled: 4, unfulfilled: 0, coveragePercent: 100, meetsTarget: true }),
    commune({ communeCode: '29959', communeName: 'Xã Thường Phước 2', entitled: 0, fulfilled: 0, unfulfilled: 0, denominator: 0, coveragePercent: null, meetsTarget: null }),
  ],
  total: commune({ communeCode: undefined, communeName: 'Tổng', entitled: 14, fulfilled: 13, coveragePercent: 92.9 }),
};

const item = (overrides: Partial<ReconciliationItem>): ReconciliationItem => ({
  entitlementId: 'e-1',
  finding: 'UNFULFILLED',
  programCode: 'HEALTH_INSURANCE',
  ruleCode: 'HI_POOR',
  householdId: HOUSEHOLD_ID,
  householdCode: '29956-000123',
  communeCode: '29956',
  memberId: 'm-1',
  fullName: 'Nguyễn Văn An',
  state: 'ELIGIBLE',
  validFrom: '2026-10-25',
  validTo: '2027-12-31',
  ...overrides,
});

function serve() {
  const calls = { coverage: [] as URL[], reconciliation: [] as URL[], accepts: [] as string[] };
  server.use(
    http.get('/api/v1/benefit-programs/{code}', ({ response }) => response(200).json(healthInsurance)),
    http.get('/api/v1/areas', ({ response }) => response(200).json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 })),
    http.get('/api/v1/benefit-programs/{code}/coverage', ({ request, response }) => {
      calls.coverage.push(new URL(request.url));
      calls.accepts.push(request.headers.get('Accept') ?? '');
      return response(200).json(coverage);
    }),
    http.get('/api/v1/reconciliation', ({ request, response }) => {
      const url = new URL(request.url);
      calls.reconciliation.push(url);
      calls.accepts.push(request.headers.get('Accept') ?? '');
      if (request.headers.get('Accept')?.startsWith('text/csv')) {
        return new Response('Mã hộ;Họ tên\n', { headers: { 'Content-Type': 'text/csv' } }) as never;
      }
      const finding = url.searchParams.get('finding');
      const items = [
        item({}),
        item({
          entitlementId: 'e-2',
          finding: 'NO_LONGER_ENTITLED',
          householdCode: '29956-000200',
          memberId: 'm-7',
          fullName: 'Trần Thị Bảy',
          state: 'EXPIRED',
          fulfilledOn: '2025-01-10',
          endedOn: '2026-03-01',
          endReason: 'No rule grants it on 2026-03-01 (household status NOT_POOR)',
          cardValidTo: '2026-12-31',
        }),
      ].filter((i) => !finding || i.finding === finding);
      return response(200).json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
    }),
    http.get('/api/v1/entitlements', ({ response }) => response(200).json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
  );
  return calls;
}

const open = (me: Me = district, route = '/benefits/programs/HEALTH_INSURANCE') =>
  renderWithProviders(<BenefitProgramRoute />, { route, path: '/benefits/programs/:code', me });

describe('a program’s page', () => {
  beforeEach(() => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows its legal basis, its rules, and the coverage per commune as a chart against the target and as a table', async () => {
    serve();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Hỗ trợ đóng bảo hiểm y tế' })).toBeInTheDocument();
    expect(screen.getByTestId('rules-table')).toHaveTextContent('Nghị định 146/2018/NĐ-CP, Điều 3');
    expect(screen.getByTestId('rules-table')).toHaveTextContent('Nhà nước hỗ trợ 100 %');
    const chart = await screen.findByRole('img', { name: /Biểu đồ độ bao phủ theo xã\/thị trấn/ });
    expect(chart).toHaveAccessibleName(expect.stringContaining('1 xã/thị trấn chưa đạt chỉ tiêu 100 %'));
    const bars = screen.getByTestId('coverage-chart').querySelectorAll('g[data-commune]');
    expect([...bars].map((b) => [b.getAttribute('data-commune'), b.getAttribute('data-tone')])).toEqual([
      ['29956', 'below'],
      ['29971', 'met'],
      ['29959', 'none'],
    ]);
    expect(screen.getByTestId('target-line')).toBeInTheDocument();
    const table = screen.getByTestId('coverage-table');
    const row = within(table).getByRole('row', { name: /Xã Thường Phước 1/ });
    expect(row).toHaveTextContent('90 %');
    expect(row).toHaveTextContent('Chưa đạt');
    expect(within(table).getByRole('row', { name: /Xã Thường Phước 2/ })).toHaveTextContent('—');
    expect(within(table).getByRole('row', { name: /Toàn huyện/ })).toHaveTextContent('92,9 %');
    expect(screen.getByTestId('coverage-basis')).toHaveTextContent('Chỉ tiêu: 100 %.');
  });

  it('filters by commune and finding through the URL and lists the reconciliation', async () => {
    const calls = serve();
    const { router } = open(district, '/benefits/programs/HEALTH_INSURANCE?commune=29956');
    const list = await screen.findByTestId('reconciliation-table');
    expect(within(list).getAllByRole('row')).toHaveLength(3);
    expect(calls.coverage[0].searchParams.get('communeCode')).toBe('29956');
    expect(calls.reconciliation[0].searchParams.get('programCode')).toBe('HEALTH_INSURANCE');
    expect(calls.reconciliation[0].searchParams.get('communeCode')).toBe('29956');
    const ended = within(list).getByRole('row', { name: /29956-000200/ });
    expect(ended).toHaveTextContent('Đã thực hiện nhưng không còn được hưởng');
    expect(ended).toHaveTextContent('Thẻ có giá trị đến 31/12/2026');
    expect(ended).toHaveTextContent('Lý do: No rule grants it on 2026-03-01');
    expect(within(list).getByRole('link', { name: '29956-000123' })).toHaveAttribute(
      'href',
      `/households/${HOUSEHOLD_ID}?tab=benefits&member=m-1`,
    );
    await userEvent.selectOptions(screen.getByLabelText('Loại đối chiếu'), 'Được hưởng nhưng chưa thực hiện');
    await waitFor(() => expect(router.state.location.search).toBe('?commune=29956&finding=UNFULFILLED'));
    await waitFor(() => expect(within(screen.getByTestId('reconciliation-table')).getAllByRole('row')).toHaveLength(2));
    expect(calls.reconciliation.at(-1)?.searchParams.get('finding')).toBe('UNFULFILLED');
  });

  it('downloads what the API sends for Excel and CSV', async () => {
    const calls = serve();
    open();
    await screen.findByTestId('reconciliation-table');
    await userEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(calls.accepts).toContain('text/csv'));
    await userEvent.click(within(screen.getByTestId('coverage')).getByRole('button', { name: 'Tải Excel' }));
    await waitFor(() =>
      expect(calls.accepts).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
    expect(URL.createObjectURL).toHaveBeenCalledTimes(2);
  });

  it('gives commune staff no commune choice', async () => {
    serve();
    open({ ...officerMe, permissions: ['household:read', 'benefit:read'] });
    await screen.findByTestId('coverage-table');
    expect(screen.queryByLabelText('Xã/Thị trấn')).not.toBeInTheDocument();
  });
});
