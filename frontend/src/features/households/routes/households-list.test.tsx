import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { areaPage, communes, hamlets, householdPage, summary } from '@/testing/fixtures';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
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
});
