import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { communeReview, CYCLE_ID, reviewCycle, reviewSummary } from '@/testing/fixtures';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { ReviewBoardRoute } from './review-board';

const decidedCycle = () =>
  reviewCycle({
    communes: reviewCycle().communes.map((c) => ({ ...c, stage: 'DECIDED' as const, late: false })),
  });

function serve(cycle = reviewCycle(), { consolidation }: { consolidation?: 'ok' | 'conflict' } = {}) {
  const calls = { consolidated: 0 };
  server.use(
    http.get('/api/v1/review-cycles', ({ response }) => response(200).json({ items: [cycle] })),
    http.get('/api/v1/review-cycles/{cycleId}', ({ response }) => response(200).json(cycle)),
    http.get('/api/v1/review-cycles/{cycleId}/summary', ({ response }) => response(200).json(reviewSummary())),
    http.post('/api/v1/review-cycles/{cycleId}/consolidation', ({ response }) => {
      calls.consolidated += 1;
      if (consolidation === 'conflict') {
        return response(409).json({
          type: 'about:blank',
          status: 409,
          code: 'ILLEGAL_TRANSITION',
          title: 'Illegal transition',
          detail: 'Communes that have not decided yet: 29956',
        });
      }
      return response(200).json({
        ...cycle,
        state: 'CONSOLIDATED',
        consolidatedAt: '2022-12-01T03:00:00Z',
        communes: cycle.communes.map((c) => ({ ...c, stage: 'CONSOLIDATED' as const })),
      });
    }),
  );
  return calls;
}

const open = (me = officerMe) => renderWithProviders(<ReviewBoardRoute />, { route: '/review', path: '/review', me });

describe('the review board', () => {
  it('shows each commune with its stage, the progress of its cases and its meetings', async () => {
    serve();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rà soát hộ nghèo, hộ cận nghèo' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('commune-card');
    expect(cards).toHaveLength(2);
    const first = cards[0];
    expect(within(first).getByRole('link', { name: 'Xã Thường Phước 1' })).toHaveAttribute(
      'href',
      `/review/communes/${communeReview().id}`,
    );
    const steps = within(first).getByRole('list', { name: 'Các bước rà soát' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    expect(within(steps).getByText(/Đang rà soát/).closest('li')).toHaveAttribute('aria-current', 'step');
    expect(within(first).getByRole('progressbar', { name: 'Đã thống nhất: 11/12 hộ' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Số cuộc họp dân: 3');
    expect(cards[1]).toHaveTextContent('Quyết định số 125/QĐ-UBND ngày 25/10/2022');
    expect(screen.getByTestId('cycle-picker')).toHaveDisplayValue('Rà soát định kỳ năm 2022');
  });

  it('marks a late commune with a word, not colour alone', async () => {
    serve(reviewCycle({ communes: [communeReview({ late: true })] }));
    open();
    const card = await screen.findByTestId('commune-card');
    expect(within(card).getByTestId('late-badge')).toHaveTextContent('Trễ hạn');
    expect(card).toHaveAttribute('data-late', 'true');
  });

  it('shows the summary against the −0.6 point target and the transitions', async () => {
    serve();
    open();
    const table = await screen.findByTestId('summary-table');
    const decided = within(table).getByRole('row', { name: /Thị trấn Thường Thới Tiền/ });
    expect(decided).toHaveTextContent('Không đạt');
    expect(within(table).getByRole('row', { name: /Xã Thường Phước 1/ })).toHaveTextContent('Chưa có quyết định');
    expect(screen.getByText('Chỉ tiêu: tỷ lệ hộ nghèo thay đổi −0,60 điểm % mỗi năm.')).toBeInTheDocument();
    expect(screen.getByTestId('summary-provisional')).toHaveTextContent('Số liệu tạm tính');
    const transitions = screen.getByTestId('transitions-table');
    const district = within(transitions).getByRole('row', { name: /Huyện Hồng Ngự/ });
    expect(within(district).getByText('2', { selector: '[data-transition="NEWLY_NEAR_POOR"]' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Danh sách hộ nghèo' })).toBeInTheDocument();
  });

  it('does not repeat a commune officer’s own commune as the total row', async () => {
    serve();
    const own = reviewSummary().communes[0];
    server.use(
      http.get('/api/v1/review-cycles/{cycleId}/summary', ({ response }) =>
        response(200).json(reviewSummary({ communes: [own], district: own })),
      ),
    );
    open();
    const table = await screen.findByTestId('summary-table');
    expect(within(table).getAllByRole('row', { name: /Xã Thường Phước 1/ })).toHaveLength(1);
    expect(within(screen.getByTestId('transitions-table')).getAllByRole('row', { name: /Xã Thường Phước 1/ })).toHaveLength(1);
  });

  it('offers a commune officer neither opening nor consolidating a cycle', async () => {
    serve();
    open();
    await screen.findAllByTestId('commune-card');
    expect(screen.queryByRole('button', { name: 'Mở kỳ rà soát' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tổng hợp kết quả toàn huyện' })).not.toBeInTheDocument();
  });

  it('lets the district consolidate only when every commune has decided', async () => {
    serve();
    open(districtMe);
    const button = await screen.findByRole('button', { name: 'Tổng hợp kết quả toàn huyện' });
    expect(button).toBeDisabled();
    expect(screen.getByText(/Chỉ tổng hợp khi tất cả xã, thị trấn đã có quyết định \(1\/2\)/)).toBeInTheDocument();
  });

  it('consolidates after a confirmation', async () => {
    const user = userEvent.setup();
    const calls = serve(decidedCycle(), { consolidation: 'ok' });
    open(districtMe);
    await user.click(await screen.findByRole('button', { name: 'Tổng hợp kết quả toàn huyện' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tổng hợp kết quả rà soát' });
    await user.click(within(dialog).getByRole('button', { name: 'Tổng hợp' }));
    await waitFor(() => expect(calls.consolidated).toBe(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('explains a refused consolidation (409)', async () => {
    const user = userEvent.setup();
    serve(decidedCycle(), { consolidation: 'conflict' });
    open(districtMe);
    await user.click(await screen.findByRole('button', { name: 'Tổng hợp kết quả toàn huyện' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Tổng hợp' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveAttribute('data-problem-code', 'ILLEGAL_TRANSITION');
    expect(alert).toHaveTextContent('Chưa thực hiện được bước này');
  });

  it('says so when no cycle has been opened', async () => {
    server.use(http.get('/api/v1/review-cycles', ({ response }) => response(200).json({ items: [] })));
    open(districtMe);
    expect(await screen.findByTestId('no-cycles')).toHaveTextContent('Chưa có kỳ rà soát nào.');
    expect(screen.getByRole('button', { name: 'Mở kỳ rà soát' })).toBeInTheDocument();
  });

  it('opens a regular cycle for a month', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    serve();
    server.use(
      http.post('/api/v1/review-cycles', async ({ request, response }) => {
        bodies.push(await request.json());
        return response(201).json(reviewCycle({ id: 'c0c0c0c0-2023-4000-8000-000000000003', kind: 'REGULAR', year: 2023, month: 3 }));
      }),
    );
    const { router } = open(districtMe);
    await user.click(await screen.findByRole('button', { name: 'Mở kỳ rà soát' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở kỳ rà soát mới' });
    await user.click(within(dialog).getByRole('radio', { name: 'Thường xuyên (hằng tháng)' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Năm' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Năm' }), '2023');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Tháng' }), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Mở kỳ rà soát' }));
    await waitFor(() => expect(bodies).toEqual([{ kind: 'REGULAR', year: 2023, month: 3 }]));
    await waitFor(() => expect(router.state.location.search).toBe('?cycle=c0c0c0c0-2023-4000-8000-000000000003'));
  });

  it('keeps the chosen cycle in the URL', async () => {
    serve();
    renderWithProviders(<ReviewBoardRoute />, { route: `/review?cycle=${CYCLE_ID}`, path: '/review', me: officerMe });
    expect(await screen.findByTestId('cycle-picker')).toHaveValue(CYCLE_ID);
  });
});
