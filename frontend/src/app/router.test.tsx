import { isValidElement, type ReactElement } from 'react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/api/types';
import { areaPage, communes } from '@/testing/fixtures';
import { officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import { routes } from './router';

/** The /exports page as the router declares it, guard included. */
function exportsPage(): ReactElement {
  const element = routes[0].children?.find((r) => r.path === 'exports')?.element;
  if (!isValidElement(element)) throw new Error('no /exports route');
  return element;
}

describe('the /exports route', () => {
  it('opens the export page to a commune officer, who holds no import permission', async () => {
    server.use(http.get('/api/v1/areas', ({ response }) => response(200).json(areaPage(communes))));
    renderWithProviders(exportsPage(), { route: '/exports', path: '/exports', me: officerMe });
    expect(await screen.findByRole('heading', { level: 1, name: 'Xuất dữ liệu' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Chọn dữ liệu cần xuất' })).toBeInTheDocument();
  });

  it('refuses a caller with nothing to export', async () => {
    const importer: Me = { username: 'importer', displayName: 'importer', jobRoles: ['importer'], permissions: ['import:run', 'area:district'], scope: 'DISTRICT' };
    renderWithProviders(exportsPage(), { route: '/exports', path: '/exports', me: importer });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Chọn dữ liệu cần xuất' })).not.toBeInTheDocument();
  });
});
