import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/api/types';
import { auditorMe, districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { Shell } from './shell';

describe('navigation by permission', () => {
  it('shows a commune officer households but not the audit log', async () => {
    renderWithProviders(<Shell />, { me: officerMe });
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(nav).toHaveTextContent('Hộ gia đình');
    expect(screen.queryByRole('link', { name: 'Nhật ký hoạt động' })).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('links signed-in users to the public self-check', async () => {
    renderWithProviders(<Shell />, { me: officerMe });
    expect(await screen.findByRole('link', { name: 'Tự kiểm tra hộ nghèo' })).toHaveAttribute('href', '/tu-kiem-tra');
  });

  it('shows a district officer the audit log', async () => {
    renderWithProviders(<Shell />, { me: districtMe });
    expect(await screen.findByRole('link', { name: 'Nhật ký hoạt động' })).toHaveAttribute('href', '/audit');
  });

  it('links officers taking part in the review and auditors to the annual review', async () => {
    renderWithProviders(<Shell />, { me: officerMe });
    expect(await screen.findByRole('link', { name: 'Rà soát hộ nghèo' })).toHaveAttribute('href', '/review');
  });

  it('shows the annual review to an auditor, who reads it', async () => {
    renderWithProviders(<Shell />, { me: auditorMe });
    expect(await screen.findByRole('link', { name: 'Rà soát hộ nghèo' })).toBeInTheDocument();
  });

  it('hides the annual review from a caller without a review permission', async () => {
    renderWithProviders(<Shell />, {
      me: { ...officerMe, jobRoles: ['importer'], permissions: ['household:read', 'household:write', 'import:run'] },
    });
    await screen.findByRole('link', { name: 'Hộ gia đình' });
    expect(screen.queryByRole('link', { name: 'Rà soát hộ nghèo' })).not.toBeInTheDocument();
  });

  it('shows the benefits and the training follow-up to callers who read benefits', async () => {
    renderWithProviders(<Shell />, { me: auditorMe });
    expect(await screen.findByRole('link', { name: 'Chính sách hỗ trợ' })).toHaveAttribute('href', '/benefits');
    expect(screen.getByRole('link', { name: 'Theo dõi học nghề' })).toHaveAttribute('href', '/benefits/training');
  });

  it('links everyone who may export something to the export page', async () => {
    for (const me of [officerMe, districtMe, auditorMe]) {
      const { unmount } = renderWithProviders(<Shell />, { me });
      expect(await screen.findByRole('link', { name: 'Xuất dữ liệu' }), me.username).toHaveAttribute('href', '/exports');
      unmount();
    }
  });

  it('hides the export page from callers with nothing to export', async () => {
    const importer: Me = { username: 'importer', displayName: 'importer', jobRoles: ['importer'], permissions: ['import:run', 'area:district'], scope: 'DISTRICT' };
    // department staff read benefits but cover no area, so the API refuses them any export
    const department: Me = { username: 'phong.yte', displayName: 'Phòng Y tế', jobRoles: ['department-officer'], permissions: ['report:submit', 'benefit:read'], scope: 'NONE', departmentCode: 'YTE' };
    for (const me of [importer, department]) {
      const { unmount } = renderWithProviders(<Shell />, { me });
      await screen.findByRole('link', { name: 'Tài khoản' });
      expect(screen.queryByRole('link', { name: 'Xuất dữ liệu' }), me.username).not.toBeInTheDocument();
      unmount();
    }
  });

  it('hides the benefits from callers without benefit:read', async () => {
    renderWithProviders(<Shell />, { me: officerMe });
    await screen.findByRole('link', { name: 'Hộ gia đình' });
    expect(screen.queryByRole('link', { name: 'Chính sách hỗ trợ' })).not.toBeInTheDocument();
  });
});
