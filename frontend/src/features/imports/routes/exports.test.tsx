import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { Me } from '@/lib/api/types';
import { areaPage, communes } from '@/testing/fixtures';
import { auditorMe, districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { ExportsRoute } from './exports';
import { ImportsRoute } from './imports';

/** A commune officer as the realm grants the role: the registry and benefits of one commune, no import. */
const communeOfficer: Me = { ...officerMe, permissions: [...officerMe.permissions, 'benefit:read', 'benefit:fulfil', 'report:submit'] };
const districtImporter: Me = { ...districtMe, permissions: [...districtMe.permissions, 'benefit:read', 'import:run'] };
const importer: Me = { username: 'importer', displayName: 'importer', jobRoles: ['importer'], permissions: ['import:run', 'area:district'], scope: 'DISTRICT' };

interface Call {
  path: string;
  query: URLSearchParams;
}

function serve() {
  const calls: Call[] = [];
  server.use(
    http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(communes))),
    http.get('/api/v1/exports/{kind}', ({ request }) => {
      const url = new URL(request.url);
      calls.push({ path: url.pathname, query: url.searchParams });
      return new Response('householdCode\r\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="households-29956.csv"' },
      }) as never;
    }),
    http.get('/api/v1/imports', ({ response }) => response(200).json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 })),
  );
  return calls;
}

const saved: string[] = [];

describe('the export page', () => {
  beforeEach(() => {
    saved.length = 0;
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });

  it('has a header saying what each export holds and that exports are audited, and the panel', async () => {
    serve();
    renderWithProviders(<ExportsRoute />, { route: '/exports', path: '/exports', me: districtImporter });
    expect(screen.getByRole('heading', { level: 1, name: 'Xuất dữ liệu' })).toBeInTheDocument();
    expect(document.title).toBe('Xuất dữ liệu · Giảm Nghèo');
    const holds = screen.getByTestId('export-holds');
    expect(within(holds).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual([
      'Hộ gia đình',
      'Thành viên hộ',
      'Chính sách được hưởng',
      'Danh sách rà soát',
    ]);
    expect(within(holds).getByText(/số định danh cá nhân/)).toBeInTheDocument();
    expect(screen.getByText('Mỗi lần xuất đều được ghi vào nhật ký hoạt động, kèm phạm vi, bộ lọc và số dòng.')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    expect(within(panel).getByLabelText('Xã, thị trấn')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Tải xuống' })).toBeEnabled();
  });

  it('lets a commune officer export their own commune, with no commune to pick', async () => {
    const calls = serve();
    renderWithProviders(<ExportsRoute />, { route: '/exports', path: '/exports', me: communeOfficer });
    const panel = screen.getByRole('region', { name: 'Chọn dữ liệu cần xuất' });
    expect(within(panel).queryByLabelText('Xã, thị trấn')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('option', { name: 'Toàn huyện' })).not.toBeInTheDocument();
    expect(await within(panel).findByTestId('export-commune')).toHaveTextContent('Phạm vi xuất: Xã Thường Phước 1, địa bàn của bạn.');
    expect(within(within(panel).getByLabelText('Dữ liệu')).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([
      'households',
      'members',
      'entitlements',
      'review-records',
    ]);

    await userEvent.click(within(panel).getByRole('button', { name: 'Tải xuống' }));
    await waitFor(() => expect(saved).toEqual(['households-29956.csv']));
    // the API takes the commune from the token: none is named
    expect(calls).toHaveLength(1);
    expect(calls[0].path).toBe('/api/v1/exports/households');
    expect([...calls[0].query.keys()]).toEqual([]);
  });

  it('describes only what the caller may export', () => {
    serve();
    renderWithProviders(<ExportsRoute />, { route: '/exports', path: '/exports', me: officerMe });
    expect(
      within(screen.getByTestId('export-holds'))
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(':')[0]),
    ).toEqual(['Hộ gia đình', 'Thành viên hộ', 'Danh sách rà soát']);
  });

  it('speaks English too', async () => {
    serve();
    await i18n.changeLanguage('en');
    renderWithProviders(<ExportsRoute />, { route: '/exports', path: '/exports', me: auditorMe });
    expect(screen.getByRole('heading', { level: 1, name: 'Export data' })).toBeInTheDocument();
    expect(screen.getByText('Every export is recorded in the audit log, with its area, filters and number of rows.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Choose what to export' })).toBeInTheDocument();
  });
});

describe('the imports page', () => {
  it('links to the export page instead of holding the panel', async () => {
    serve();
    renderWithProviders(<ImportsRoute />, { route: '/imports', path: '/imports', me: districtImporter });
    expect(await screen.findByRole('link', { name: 'Xuất dữ liệu…' })).toHaveAttribute('href', '/exports');
    expect(screen.queryByRole('region', { name: 'Chọn dữ liệu cần xuất' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải xuống' })).not.toBeInTheDocument();
  });

  it('offers no export link to an import account with nothing to export', async () => {
    serve();
    renderWithProviders(<ImportsRoute />, { route: '/imports', path: '/imports', me: importer });
    await screen.findByRole('button', { name: 'Kiểm tra tệp' });
    expect(screen.queryByRole('link', { name: 'Xuất dữ liệu…' })).not.toBeInTheDocument();
  });
});
