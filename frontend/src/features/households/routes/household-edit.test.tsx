import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { areaPage, communes, hamlets, household } from '@/testing/fixtures';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { HouseholdEditRoute } from './household-edit';

describe('editing a household someone else saved first', () => {
  it('explains the conflict, reloads the latest version and saves with its version', async () => {
    let current = household({ version: 3 });
    const ifMatches: (string | null)[] = [];
    server.use(
      http.get('/api/v1/areas', ({ request, response }) => {
        const level = new URL(request.url).searchParams.get('level');
        return response(200).json(areaPage(level === 'HAMLET' ? hamlets : communes));
      }),
      http.get('/api/v1/households/{householdId}', ({ response }) => response(200).json(current)),
      http.put('/api/v1/households/{householdId}', async ({ request, response }) => {
        const ifMatch = request.headers.get('If-Match');
        ifMatches.push(ifMatch);
        if (ifMatch !== `"${current.version}"`) {
          return response(412).json({
            type: '/problems/precondition',
            title: 'Stale version',
            status: 412,
            code: 'STALE_VERSION',
            detail: 'The household was changed by someone else',
          });
        }
        const body = await request.json();
        current = { ...current, ...body, version: current.version + 1 };
        return response(200).json(current);
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HouseholdEditRoute />, {
      route: `/households/${current.id}/edit`,
      path: '/households/:householdId/edit',
      me: officerMe,
    });
    const address = await screen.findByLabelText(/Địa chỉ/);
    expect(address).toHaveValue('Số 12, ấp Phước Mỹ');

    // another officer saves in the meantime
    current = { ...current, address: 'Số 14, ấp Phước Mỹ', version: 4 };

    await user.clear(address);
    await user.type(address, 'Số 12A, ấp Phước Mỹ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByTestId('conflict-alert');
    expect(alert).toHaveTextContent('Hồ sơ đã được người khác cập nhật');
    expect(alert).toHaveTextContent('Một cán bộ khác đã lưu thay đổi');
    expect(ifMatches).toEqual(['"3"']);

    await user.click(screen.getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.getByLabelText(/Địa chỉ/)).toHaveValue('Số 14, ấp Phước Mỹ'));
    expect(screen.queryByTestId('conflict-alert')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Địa chỉ/));
    await user.type(screen.getByLabelText(/Địa chỉ/), 'Số 14B, ấp Phước Mỹ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(ifMatches).toEqual(['"3"', '"4"']));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/households/${current.id}`));
    expect(current.address).toBe('Số 14B, ấp Phước Mỹ');
  });
});
