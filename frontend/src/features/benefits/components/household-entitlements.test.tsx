import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Entitlement, EntitlementStep, Me } from '@/lib/api/types';
import { todayIso } from '@/lib/format';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { entitlement, HOUSEHOLD_ID, programs } from '../test-fixtures';
import { HouseholdEntitlements } from './household-entitlements';

const fulfilling: Me = { ...officerMe, permissions: [...officerMe.permissions, 'benefit:read', 'benefit:fulfil'] };
const reading: Me = { ...officerMe, permissions: ['household:read', 'benefit:read'] };

const household = {
  id: HOUSEHOLD_ID,
  code: '29956-000123',
  members: [
    { id: 'm-1', fullName: 'Nguyễn Văn An', relationship: 'HEAD' },
    { id: 'm-2', fullName: 'Lê Thị Hoa', relationship: 'SPOUSE' },
  ],
};

function serve(items: Entitlement[], answer?: (body: EntitlementStep) => { status: 200 | 400 | 409; body: unknown }) {
  const posted: EntitlementStep[] = [];
  server.use(
    http.get('/api/v1/benefit-programs', ({ response }) => response(200).json({ items: programs })),
    http.get('/api/v1/households/{householdId}/entitlements', ({ response }) =>
      response(200).json({ householdId: HOUSEHOLD_ID, items }),
    ),
    http.post('/api/v1/entitlements/{entitlementId}/events', async ({ request, response }) => {
      const body = (await request.json()) as EntitlementStep;
      posted.push(body);
      const a = answer?.(body) ?? { status: 200 as const, body: entitlement({ state: 'FULFILLED' }) };
      return response(a.status as 200).json(a.body as Entitlement);
    }),
  );
  return posted;
}

const open = (me: Me = fulfilling) =>
  renderWithProviders(<HouseholdEntitlements household={household} />, {
    route: `/households/${HOUSEHOLD_ID}?tab=benefits`,
    path: '/households/:householdId',
    me,
  });

const live = [
  entitlement({ id: 'hi-1' }),
  entitlement({
    id: 'hi-2',
    memberId: 'm-2',
    fullName: 'Lê Thị Hoa',
    state: 'FULFILLED',
    cardNumber: 'HN4878712345678',
    cardValidFrom: '2026-11-01',
    cardValidTo: '2027-12-31',
  }),
  entitlement({
    id: 'loan-1',
    programCode: 'LOAN_POOR',
    ruleCode: 'LOAN_POOR',
    memberId: undefined,
    personId: undefined,
    fullName: undefined,
    supportRatePercent: undefined,
    amountCapVnd: 100_000_000,
    validTo: undefined,
  }),
  entitlement({
    id: 'old',
    state: 'EXPIRED',
    validFrom: '2022-11-10',
    validTo: '2023-12-31',
    endedOn: '2024-01-01',
    endReason: 'No rule grants it on 2024-01-01 (household status NOT_POOR)',
    cardNumber: 'HN4878700000001',
  }),
];

describe('a household’s entitlements', () => {
  it('shows the household’s own, each member’s, and the ended ones apart with their reason', async () => {
    serve(live);
    open();
    const sections = await screen.findAllByTestId('member-entitlements');
    expect(sections.map((s) => within(s).getByRole('heading').textContent)).toEqual(['Nguyễn Văn An', 'Lê Thị Hoa']);
    expect(screen.getByRole('heading', { name: 'Của cả hộ 29956-000123' })).toBeInTheDocument();
    const loan = screen.getByRole('row', { name: /Cho vay hộ nghèo/ });
    expect(loan).toHaveTextContent('Mức tối đa: 100.000.000 đ');
    expect(loan).toHaveTextContent('Từ 25/10/2026, đến kỳ rà soát sau');
    const hoa = within(sections[1]).getByTestId('entitlement-row');
    expect(hoa).toHaveTextContent('Đã thực hiện');
    expect(hoa).toHaveTextContent('Số thẻ: HN4878712345678');
    expect(hoa).toHaveTextContent('Thẻ có giá trị: 01/11/2026 – 31/12/2027');
    const ended = screen.getByTestId('ended-entitlements');
    expect(within(ended).getAllByTestId('entitlement-row')).toHaveLength(1);
    expect(ended).toHaveTextContent('Hết hiệu lực');
    expect(ended).toHaveTextContent('Kết thúc ngày 01/01/2024');
    expect(ended).toHaveTextContent('Lý do: No rule grants it on 2024-01-01 (household status NOT_POOR)');
    expect(within(sections[0]).getByTestId('entitlement-row')).toHaveTextContent('Nghị định 146/2018/NĐ-CP, Điều 3');
  });

  it('shows one member with the household’s own when a member is chosen', async () => {
    serve(live);
    const { router } = open();
    await screen.findAllByTestId('member-entitlements');
    await userEvent.selectOptions(screen.getByLabelText('Xem theo thành viên'), 'Lê Thị Hoa');
    await waitFor(() => expect(screen.getAllByTestId('member-entitlements')).toHaveLength(1));
    expect(screen.getByTestId('member-entitlements')).toHaveAttribute('data-member', 'm-2');
    expect(screen.getByRole('row', { name: /Cho vay hộ nghèo/ })).toBeInTheDocument();
    expect(router.state.location.search).toContain('member=m-2');
  });

  it('says so when the household is entitled to nothing', async () => {
    serve([]);
    open();
    expect(await screen.findByTestId('no-entitlements')).toHaveTextContent('Hộ chưa được hưởng chính sách nào');
  });

  it('offers no recording without benefit:fulfil', async () => {
    serve(live);
    open(reading);
    await screen.findAllByTestId('member-entitlements');
    expect(screen.queryByRole('button', { name: /Ghi nhận thực hiện/ })).not.toBeInTheDocument();
  });

  it('issues a card with its number and validity', async () => {
    const posted = serve(live);
    open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ghi nhận thực hiện Hỗ trợ đóng bảo hiểm y tế cho Nguyễn Văn An' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận thực hiện chính sách' });
    const step = within(dialog).getByLabelText(/Bước cần ghi nhận/);
    expect(within(step).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Đề nghị cấp thẻ',
      'Cấp thẻ bảo hiểm y tế',
      'Thu hồi quyền lợi',
    ]);
    await userEvent.selectOptions(step, 'Cấp thẻ bảo hiểm y tế');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    expect(await within(dialog).findByText('Trường này là bắt buộc')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    expect(within(dialog).getByLabelText(/Thẻ có giá trị đến ngày/)).toHaveValue('31/12/2027');
    await userEvent.type(within(dialog).getByLabelText(/Số thẻ bảo hiểm y tế/), 'hn4878712345678');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      step: 'FULFILLED',
      occurredOn: todayIso(),
      cardNumber: 'HN4878712345678',
      cardValidFrom: todayIso() > '2026-10-25' ? todayIso() : '2026-10-25',
      cardValidTo: '2027-12-31',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the API’s field errors beside the inputs', async () => {
    serve(live, () => ({
      status: 400,
      body: {
        type: '/problems/validation-failed',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ pointer: '/cardValidTo', code: 'BEFORE_VALID_FROM', detail: 'must not be before cardValidFrom' }],
      },
    }));
    open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ghi nhận thực hiện Hỗ trợ đóng bảo hiểm y tế cho Nguyễn Văn An' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText(/Bước cần ghi nhận/), 'FULFILLED');
    await userEvent.type(within(dialog).getByLabelText(/Số thẻ bảo hiểm y tế/), 'HN4878712345678');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    const to = await within(dialog).findByLabelText(/Thẻ có giá trị đến ngày/);
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(within(dialog).getByText('must not be before cardValidFrom')).toBeInTheDocument();
  });

  it('explains a step the state machine refuses', async () => {
    serve(live, () => ({
      status: 409,
      body: {
        type: '/problems/conflict',
        title: 'Conflict',
        status: 409,
        code: 'ILLEGAL_TRANSITION',
        detail: 'An entitlement in state FULFILLED cannot move to REQUESTED',
      },
    }));
    open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ghi nhận thực hiện Hỗ trợ đóng bảo hiểm y tế cho Nguyễn Văn An' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveAttribute('data-problem-code', 'ILLEGAL_TRANSITION');
    expect(alert).toHaveTextContent('Không ghi nhận được bước này');
    expect(alert).toHaveTextContent('An entitlement in state FULFILLED cannot move to REQUESTED');
    expect(within(dialog).getByRole('button', { name: 'Ghi nhận' })).toBeDisabled();
  });
});
