import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { BenefitProgram, Me } from '@/lib/api/types';
import { areaPage, communes, reviewCycle } from '@/testing/fixtures';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { exportableKinds, exportFileName } from '../exports';
import { ExportPanel } from './export-panel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const district: Me = { ...districtMe, permissions: [...districtMe.permissions, 'benefit:read', 'import:run'] };
const importer: Me = { username: 'importer', displayName: 'importer', jobRoles: ['importer'], permissions: ['import:run', 'area:district'], scope: 'DISTRICT' };
const department: Me = { username: 'phong.yte', displayName: 'Phòng Y tế', jobRoles: ['department-officer'], permissions: ['report:submit', 'benefit:read'], scope: 'NONE' };

const program = (code: string, name: string, nameEn: string, rules: number): BenefitProgram => ({
  code,
  kind: rules > 0 ? 'HEALTH_INSURANCE' : 'ACTIVITY',
  name,
  nameEn,
  leadUnit: 'Bảo hiểm xã hội huyện',
  legalCitation: 'Nghị định 146/2018/NĐ-CP',
  rules: Array.from({ length: rules }, (_, i) => ({
    code: `${code}_${i}`,
    legalCitation: 'Nghị định 146/2018/NĐ-CP',
    validFrom: '2018-12-01',
    target: 'PERSON' as const,
    statuses: ['POOR' as const],
    requiresDisability: false,
    requiresEthnicMinority: false,
    derived: true,
    provincialTopUpPercent: 0,
    validity: 'TO_END_OF_NEXT_YEAR' as const,
    oncePerPerson: false,
    priority: i + 1,
    terms: {},
    unconfirmed: [],
  })),
});

interface Call {
  path: string;
  query: URLSearchParams;
  accept: string | null;
}

/** Serves the pickers and every export; a file's name comes back in Content-Disposition as the API sends it. */
function serve() {
  const calls: Call[] = [];
  const file = (request: Request, name: string) => {
    const url = new URL(request.url);
    calls.push({ path: url.pathname, query: url.searchParams, accept: request.headers.get('Accept') });
    return new Response('householdCode\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="${name}"` } }) as never;
  };
  server.use(
    http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(communes))),
    http.get('/api/v1/benefit-programs', ({ response }) =>
      response(200).json({
        items: [program('HEALTH_INSURANCE', 'Hỗ trợ đóng bảo hiểm y tế', 'Health-insurance premium support', 1), program('LEGAL_AID', 'Trợ giúp pháp lý', 'Legal aid', 0)],
      }),
    ),
    http.get('/api/v1/review-cycles', ({ response }) =>
      response(200).json({
        items: [
          reviewCycle({ id: 'open-cycle', kind: 'REGULAR', year: 2026, month: 3, state: 'OPEN' }),
          reviewCycle({ id: 'cycle-2025', year: 2025, state: 'CONSOLIDATED' }),
          reviewCycle({ id: 'cycle-2024-11', kind: 'REGULAR', year: 2024, month: 11, state: 'CONSOLIDATED' }),
        ],
      }),
    ),
    // literal paths first: the template would take "entitlements" for a kind
    http.get('/api/v1/exports/entitlements', ({ request }) => file(request, 'entitlements-29971-health-insurance.xlsx')),
    http.get('/api/v1/exports/review-records', ({ request }) => file(request, 'review-records-2024-11-all.csv')),
    http.get('/api/v1/exports/{kind}', ({ request, params }) => file(request, `${params.kind}-all.csv`)),
  );
  return calls;
}

const saved: string[] = [];

describe('the export panel', () => {
  beforeEach(() => {
    saved.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  it('downloads the entitlements of one program and commune as Excel for district staff', async () => {
    const calls = serve();
    renderWithProviders(<ExportPanel />, { me: district });
    const panel = await screen.findByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    const kind = within(panel).getByLabelText('Dữ liệu');
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Hộ gia đình',
      'Thành viên hộ',
      'Chính sách được hưởng',
      'Danh sách rà soát',
    ]);
    await userEvent.selectOptions(kind, 'entitlements');
    const programs = await within(panel).findByLabelText('Chính sách');
    // activities grant no one anything: nothing to export
    await waitFor(() =>
      expect(within(programs).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tất cả chính sách', 'Hỗ trợ đóng bảo hiểm y tế']),
    );
    await userEvent.selectOptions(programs, 'HEALTH_INSURANCE');
    await waitFor(() => expect(within(within(panel).getByLabelText('Xã, thị trấn')).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(within(panel).getByLabelText('Xã, thị trấn'), '29971');
    await userEvent.selectOptions(within(panel).getByLabelText('Định dạng tệp'), 'XLSX');
    await userEvent.click(within(panel).getByRole('button', { name: 'Tải xuống' }));

    await waitFor(() => expect(saved).toEqual(['entitlements-29971-health-insurance.xlsx']));
    expect(calls).toHaveLength(1);
    expect(calls[0].path).toBe('/api/v1/exports/entitlements');
    expect(calls[0].accept).toBe(XLSX);
    expect(Object.fromEntries(calls[0].query)).toEqual({ programCode: 'HEALTH_INSURANCE', communeCode: '29971' });
  });

  it('offers only consolidated review cycles and sends the chosen list', async () => {
    const calls = serve();
    renderWithProviders(<ExportPanel />, { me: district });
    const panel = await screen.findByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    await userEvent.selectOptions(within(panel).getByLabelText('Dữ liệu'), 'review-records');
    const cycle = within(panel).getByLabelText('Kỳ rà soát');
    await waitFor(() =>
      expect(within(cycle).getAllByRole('option').map((o) => o.textContent)).toEqual([
        'Rà soát định kỳ năm 2025',
        'Rà soát thường xuyên tháng 11/2024',
      ]),
    );
    await userEvent.selectOptions(cycle, 'cycle-2024-11');
    await userEvent.selectOptions(within(panel).getByLabelText('Danh sách'), 'ESCAPED_POVERTY');
    await userEvent.click(within(panel).getByRole('button', { name: 'Tải xuống' }));

    await waitFor(() => expect(saved).toEqual(['review-records-2024-11-all.csv']));
    expect(calls[0].path).toBe('/api/v1/exports/review-records');
    expect(calls[0].accept).toBe('text/csv');
    expect(Object.fromEntries(calls[0].query)).toEqual({ cycleId: 'cycle-2024-11', list: 'ESCAPED_POVERTY' });
  });

  it('waits for a consolidated cycle before review lists can be downloaded', async () => {
    serve();
    server.use(http.get('/api/v1/review-cycles', ({ response }) => response(200).json({ items: [reviewCycle({ state: 'OPEN' })] })));
    renderWithProviders(<ExportPanel />, { me: district });
    const panel = await screen.findByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    await userEvent.selectOptions(within(panel).getByLabelText('Dữ liệu'), 'review-records');
    expect(await within(panel).findByText('Danh sách rà soát được xuất khi huyện đã tổng hợp kỳ rà soát.')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Kỳ rà soát')).toBeDisabled();
    expect(within(panel).getByRole('button', { name: 'Tải xuống' })).toBeDisabled();
  });

  it('hides what the roles cannot export, and the commune choice from commune staff', async () => {
    const calls = serve();
    renderWithProviders(<ExportPanel />, { me: officerMe });
    const panel = await screen.findByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    expect(within(within(panel).getByLabelText('Dữ liệu')).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([
      'households',
      'members',
      'review-records',
    ]);
    expect(within(panel).queryByLabelText('Xã, thị trấn')).not.toBeInTheDocument();
    expect(await within(panel).findByText('Phạm vi xuất: Xã Thường Phước 1, địa bàn của bạn.')).toBeInTheDocument();
    await userEvent.selectOptions(within(panel).getByLabelText('Dữ liệu'), 'members');
    await userEvent.click(within(panel).getByRole('button', { name: 'Tải xuống' }));
    await waitFor(() => expect(saved).toEqual(['members-all.csv']));
    expect(calls[0].path).toBe('/api/v1/exports/members');
    expect([...calls[0].query.keys()]).toEqual([]);

    expect(exportableKinds(importer)).toEqual([]);
    expect(exportableKinds(department)).toEqual([]);
    expect(exportableKinds({ ...officerMe, permissions: [...officerMe.permissions, 'benefit:read'] })).toContain('entitlements');
  });

  it('renders nothing for a user with nothing to export', () => {
    renderWithProviders(<ExportPanel />, { me: importer });
    expect(screen.queryByRole('region', { name: 'Chọn dữ liệu cần xuất' })).not.toBeInTheDocument();
  });

  it('shows the problem the API answers', async () => {
    serve();
    server.use(
      http.get('/api/v1/exports/{kind}', ({ response }) =>
        response(403).json({
          type: '/problems/forbidden',
          title: 'Not allowed',
          status: 403,
          code: 'OUTSIDE_AREA',
          detail: 'You may export only your own commune',
        }),
      ),
    );
    renderWithProviders(<ExportPanel />, { me: district });
    const panel = await screen.findByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Tải xuống' }));
    expect(await within(panel).findByRole('alert')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('speaks English too', async () => {
    serve();
    await i18n.changeLanguage('en');
    renderWithProviders(<ExportPanel />, { me: district });
    const panel = await screen.findByRole('region', { name: 'Choose what to export' });
    await userEvent.selectOptions(within(panel).getByLabelText('Data'), 'entitlements');
    await waitFor(() => expect(within(within(panel).getByLabelText('Program')).getAllByRole('option')).toHaveLength(2));
    expect(within(panel).getByRole('option', { name: 'Health-insurance premium support' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download' })).toBeInTheDocument();
  });

  it('names a file like the API when its header cannot be read', () => {
    expect(exportFileName({ kind: 'entitlements', format: 'XLSX', communeCode: '29956', programCode: 'HEALTH_INSURANCE' })).toBe(
      'entitlements-29956-health-insurance.xlsx',
    );
    expect(exportFileName({ kind: 'households', format: 'CSV' })).toBe('households-all.csv');
  });
});
