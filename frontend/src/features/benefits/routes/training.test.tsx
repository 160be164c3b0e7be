import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EntitlementStep, EntitlementSummary, Me } from '@/lib/api/types';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { entitlement, HOUSEHOLD_ID, training } from '../test-fixtures';
import { TrainingRoute } from './training';

const centre: Me = { ...officerMe, permissions: ['household:read', 'benefit:read', 'benefit:fulfil'] };

const row = (overrides: Partial<EntitlementSummary>): EntitlementSummary => ({
  id: 'vt-1',
  programCode: 'VOCATIONAL_TRAINING',
  ruleCode: 'VT_POOR',
  householdId: HOUSEHOLD_ID,
  householdCode: '29956-000123',
  communeCode: '29956',
  memberId: 'm-1',
  fullName: 'Nguyễn Văn An',
  validFrom: '2026-10-25',
  state: 'ENROLLED',
  employedAfter: false,
  ...overrides,
});

function serve(items: EntitlementSummary[]) {
  const queries: URLSearchParams[] = [];
  const posted: EntitlementStep[] = [];
  server.use(
    http.get('/api/v1/benefit-programs/{code}', ({ response }) => response(200).json(training)),
    http.get('/api/v1/areas', ({ response }) => response(200).json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 })),
    http.get('/api/v1/entitlements', ({ request, response }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const state = query.get('state');
      const shown = state ? items.filter((i) => i.state === state) : items;
      return response(200).json({ items: shown, page: 0, size: 20, totalItems: shown.length, totalPages: 1 });
    }),
    http.post('/api/v1/entitlements/{entitlementId}/events', async ({ request, response }) => {
      posted.push((await request.json()) as EntitlementStep);
      return response(200).json(entitlement({ id: 'vt-1', programCode: 'VOCATIONAL_TRAINING', state: 'FULFILLED' }));
    }),
  );
  return { queries, posted };
}

describe('vocational training follow-up', () => {
  it('lists trainees with their outcome and filters by state in the URL', async () => {
    const { queries } = serve([
      row({}),
      row({ id: 'vt-2', memberId: 'm-2', fullName: 'Lê Thị Hoa', state: 'FULFILLED', employedAfter: true }),
      row({ id: 'vt-3', memberId: 'm-3', fullName: 'Lê Văn Tư', state: 'FULFILLED' }),
    ]);
    const { router } = renderWithProviders(<TrainingRoute />, { route: '/benefits/training', path: '/benefits/training', me: centre });
    expect(await screen.findByRole('heading', { level: 1, name: 'Theo dõi học nghề' })).toBeInTheDocument();
    const table = await screen.findByTestId('entitlement-list-table');
    expect(within(table).getByRole('row', { name: /Lê Thị Hoa/ })).toHaveTextContent('Có việc làm sau học nghề');
    expect(within(table).getByRole('row', { name: /Lê Văn Tư/ })).toHaveTextContent('Đã hoàn thành khóa học');
    expect(within(table).getByRole('row', { name: /Nguyễn Văn An/ })).toHaveTextContent('Đang học');
    expect(queries[0].get('programCode')).toBe('VOCATIONAL_TRAINING');
    await userEvent.selectOptions(screen.getByLabelText('Tình trạng'), 'Đã hoàn thành khóa học');
    await waitFor(() => expect(router.state.location.search).toBe('?state=FULFILLED'));
    await waitFor(() => expect(within(screen.getByTestId('entitlement-list-table')).getAllByRole('row')).toHaveLength(3));
    expect(queries.at(-1)?.get('state')).toBe('FULFILLED');
  });

  it('records a completed course, and work after it only for those not yet employed', async () => {
    const { posted } = serve([
      row({}),
      row({ id: 'vt-2', memberId: 'm-2', fullName: 'Lê Thị Hoa', state: 'FULFILLED', employedAfter: true }),
    ]);
    renderWithProviders(<TrainingRoute />, { route: '/benefits/training', path: '/benefits/training', me: centre });
    const table = await screen.findByTestId('entitlement-list-table');
    const hoa = within(table).getByRole('row', { name: /Lê Thị Hoa/ });
    await userEvent.click(within(hoa).getByRole('button', { name: /Ghi nhận thực hiện/ }));
    let dialog = await screen.findByRole('dialog');
    expect(within(within(dialog).getByLabelText(/Bước cần ghi nhận/)).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Thu hồi quyền lợi',
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const an = within(table).getByRole('row', { name: /Nguyễn Văn An/ });
    await userEvent.click(within(an).getByRole('button', { name: /Ghi nhận thực hiện/ }));
    dialog = await screen.findByRole('dialog');
    const step = within(dialog).getByLabelText(/Bước cần ghi nhận/);
    expect(within(step).getAllByRole('option').map((o) => o.textContent)).toEqual(['Hoàn thành khóa học', 'Thu hồi quyền lợi']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].step).toBe('FULFILLED');
    expect(posted[0]).not.toHaveProperty('amountVnd');
  });

  it('offers no recording to readers', async () => {
    serve([row({})]);
    renderWithProviders(<TrainingRoute />, {
      route: '/benefits/training',
      path: '/benefits/training',
      me: { ...officerMe, permissions: ['benefit:read'] },
    });
    const table = await screen.findByTestId('entitlement-list-table');
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
  });
});
