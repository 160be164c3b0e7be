import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { areaPage, communes, hamlets, householdPage, summary } from '@/testing/fixtures';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { changeLanguage } from '@/lib/i18n';
import { HouseholdsListRoute } from './households-list';

function serve() {
  const calls: URLSearchParams[] = [];
  server.use(
    http.get('/api/v1/households', ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      calls.push(query);
      const q = query.get('q') ?? '';
      const items = q.startsWith('tran')
        ? [summary({ id: 'h2', code: '29956-000200', headName: 'Trần Thị Bình' })]
        : [summary()];
      return response(200).json(householdPage(items, Number(query.get('page') ?? 0), 20, 45));
    }),
    http.get('/api/v1/areas', ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      return response(200).json(areaPage(query.get('level') === 'HAMLET' ? hamlets : communes));
    }),
  );
  return calls;
}

describe('household list', () => {
  it('restores the search from the URL and sends it to the API', async () => {
    const calls = serve();
    renderWithProviders(<HouseholdsListRoute />, {
      route: '/households?q=nguyen&commune=29956&page=2',
      path: '/households',
      me: districtMe,
    });
    expect(await screen.findByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(screen.getByLabelText('Tìm kiếm')).toHaveValue('nguyen');
    const last = calls[calls.length - 1];
    expect(last.get('q')).toBe('nguyen');
    expect(last.get('communeCode')).toBe('29956');
    expect(last.get('page')).toBe('1');
    expect(last.get('archived')).toBe('false');
    expect(screen.getByText('Hiển thị 21–40 trong tổng số 45')).toBeInTheDocument();
  });

  it('puts a debounced search in the URL and starts again at page 1', async () => {
    const calls = serve();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HouseholdsListRoute />, { route: '/households?page=2', path: '/households', me: districtMe });
    await screen.findByText('Nguyễn Văn An');
    const before = calls.length;
    await user.type(screen.getByLabelText('Tìm kiếm'), 'tran');
    // nothing is sent while the user is still typing
    expect(calls.length).toBe(before);
    expect(await screen.findByText('Trần Thị Bình', {}, { timeout: 2000 })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/households?q=tran');
    expect(calls.filter((c) => c.get('q') !== null).map((c) => c.get('q'))).toEqual(['tran']);
    expect(calls[calls.length - 1].get('page')).toBe('0');
  });

  it('moves between pages through the URL', async () => {
    serve();
    const user = userEvent.setup({ delay: null });
    const { router } = renderWithProviders(<HouseholdsListRoute />, { route: '/households?q=nguyen', path: '/households', me: districtMe });
    await screen.findByText('Nguyễn Văn An');
    await user.click(screen.getByRole('button', { name: 'Trang 2' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/households?q=nguyen&page=2'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/households\?q=nguyen$/));
  });

  it('fixes a commune officer to their commune and shows the register button', async () => {
    const calls = serve();
    renderWithProviders(<HouseholdsListRoute />, { route: '/households?commune=29971', path: '/households', me: officerMe });
    await screen.findByText('Nguyễn Văn An');
    expect(calls[calls.length - 1].get('communeCode')).toBe('29956');
    expect(screen.queryByLabelText('Xã/Thị trấn')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng ký hộ mới' })).toBeInTheDocument();
  });

  it('hides the register button without household:write', async () => {
    serve();
    renderWithProviders(<HouseholdsListRoute />, {
      route: '/households',
      path: '/households',
      me: { ...districtMe, permissions: ['household:read', 'audit:read'] },
    });
    await screen.findByText('Nguyễn Văn An');
    expect(screen.queryByRole('link', { name: 'Đăng ký hộ mới' })).not.toBeInTheDocument();
  });

  it('shows "1.000+" and asks for a narrower search when the total is only a lower bound', async () => {
    server.use(
      http.get('/api/v1/households', ({ response }) =>
        response(200).json({ ...householdPage([summary()], 0, 20, 1000), totalItemsExact: false }),
      ),
      http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(communes))),
    );
    renderWithProviders(<HouseholdsListRoute />, { route: '/households', path: '/households', me: districtMe });
    await screen.findByText('Nguyễn Văn An');
    expect(screen.getByText('Hiển thị 1–20 trong tổng số 1.000+')).toBeInTheDocument();
    expect(screen.getByText('Có quá nhiều kết quả để đếm chính xác; hãy thu hẹp điều kiện tìm kiếm.')).toBeInTheDocument();
    await act(() => changeLanguage('en'));
    expect(await screen.findByText('Showing 1–20 of 1,000+')).toBeInTheDocument();
    expect(screen.getByText('Too many results to count exactly; narrow the search.')).toBeInTheDocument();
  });

  it('shows the exact total without the hint when it is exact', async () => {
    serve();
    renderWithProviders(<HouseholdsListRoute />, { route: '/households', path: '/households', me: districtMe });
    await screen.findByText('Nguyễn Văn An');
    expect(screen.getByText('Hiển thị 1–20 trong tổng số 45')).toBeInTheDocument();
    expect(screen.queryByText(/thu hẹp điều kiện tìm kiếm/)).not.toBeInTheDocument();
  });
});
