import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { areaPage, communes, hamlets, household } from '@/testing/fixtures';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { HouseholdRegisterRoute } from './household-register';

function serveAreas() {
  server.use(
    http.get('/api/v1/areas', ({ request, response }) => {
      const level = new URL(request.url).searchParams.get('level');
      return response(200).json(areaPage(level === 'HAMLET' ? hamlets : communes));
    }),
  );
}

async function fillHousehold(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: 'Ấp Phước Mỹ' });
  await user.selectOptions(screen.getByLabelText(/Ấp\/Khóm/), '29956-01');
  await user.type(screen.getByLabelText(/Địa chỉ/), 'Số 5, ấp Phước Mỹ');
  const first = screen.getByRole('group', { name: 'Thành viên 1' });
  await user.type(within(first).getByLabelText(/Họ và tên/), 'Lê Văn Cường');
  await user.type(within(first).getByLabelText(/Ngày sinh/), '03/02/1975');
  await user.selectOptions(within(first).getByLabelText(/Giới tính/), 'MALE');
  await user.type(within(first).getByLabelText(/Số định danh cá nhân/), '086075000111');
}

describe('registering a household', () => {
  it('validates inline before sending: citizen id structure and exactly one head', async () => {
    serveAreas();
    let posted = 0;
    server.use(
      http.post('/api/v1/households', ({ response }) => {
        posted += 1;
        return response(201).json(household());
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HouseholdRegisterRoute />, { route: '/households/new', path: '/households/new', me: officerMe });
    await fillHousehold(user);
    const first = screen.getByRole('group', { name: 'Thành viên 1' });
    const citizenId = within(first).getByLabelText(/Số định danh cá nhân/);
    await user.clear(citizenId);
    await user.type(citizenId, '086085000111');
    await user.selectOptions(within(first).getByLabelText(/Quan hệ với chủ hộ/), 'SPOUSE');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Chữ số thứ năm và thứ sáu phải là hai số cuối của năm sinh')).toBeInTheDocument();
    expect(citizenId).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Hộ phải có đúng một thành viên là chủ hộ')).toBeInTheDocument();
    expect(posted).toBe(0);
  });

  it('shows the server’s field problems beside the inputs they point at, in Vietnamese', async () => {
    serveAreas();
    let body: unknown;
    server.use(
      http.post('/api/v1/households', async ({ request, response }) => {
        body = await request.json();
        return response(409).json({
          type: '/problems/conflict',
          title: 'Duplicate citizen id',
          status: 409,
          detail: 'Citizen id 086075000111 is already registered',
          code: 'DUPLICATE_CITIZEN_ID',
          errors: [
            { pointer: '/members/0/citizenId', detail: 'already registered in household 29956-000001' },
          ],
          traceId: 't-42',
        });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HouseholdRegisterRoute />, { route: '/households/new', path: '/households/new', me: officerMe });
    await fillHousehold(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const first = screen.getByRole('group', { name: 'Thành viên 1' });
    const citizenId = within(first).getByLabelText(/Số định danh cá nhân/);
    await waitFor(() => expect(citizenId).toHaveAttribute('aria-invalid', 'true'));
    expect(within(first).getByText('Số định danh cá nhân đã được đăng ký cho người khác')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Số định danh cá nhân đã tồn tại');
    expect(alert).toHaveTextContent('Mã tra cứu: t-42');
    expect(body).toMatchObject({
      communeCode: '29956',
      hamletCode: '29956-01',
      members: [{ fullName: 'Lê Văn Cường', dateOfBirth: '1975-02-03', relationship: 'HEAD', citizenId: '086075000111' }],
    });
  });
});
