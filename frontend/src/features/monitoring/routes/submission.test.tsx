import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/lib/api/types';
import { districtMe, officerMe, renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import type { Submission } from '../types';
import { MonitoringSubmissionRoute } from './submission';

const ID = '7b0c2a43-5f4e-4d53-9a7e-0c1d2e3f4a5b';
const communeMe: Me = { ...officerMe, permissions: [...officerMe.permissions, 'report:submit'], communeCode: '29956' };
const officeMe: Me = { ...districtMe, permissions: [...districtMe.permissions, 'report:review'] };

function submission(over: Partial<Submission> = {}): Submission {
  return {
    id: ID,
    periodId: '1d7c6b5a-4e3f-4a2b-8c1d-0e9f8a7b6c5d',
    unitCode: 'XA-29956',
    unitName: 'Ủy ban nhân dân xã Thường Phước 1',
    state: 'DRAFT',
    version: 3,
    indicators: [
      { code: 'POOR_HOUSEHOLDS', group: 'POVERTY', nameVi: 'Số hộ nghèo', nameEn: 'Poor households', unit: 'HOUSEHOLDS', source: 'REGISTRY', value: 14, registryValue: 12, differsFromRegistry: true },
      { code: 'JOB_PLACEMENTS', group: 'ACTIVITY', nameVi: 'Số lao động được giới thiệu việc làm', nameEn: 'Workers placed', unit: 'PERSONS', source: 'UNIT', differsFromRegistry: false },
    ],
    narratives: { results: 'Đã hỗ trợ 12 hộ' },
    budget: [],
    registryBasis: 'Sổ hộ: tình trạng đã chốt của kỳ rà soát năm 2021',
    timeliness: 'PENDING',
    attachments: [],
    events: [],
    versions: 0,
    editable: true,
    ...over,
  };
}

function serve(s: Submission) {
  const calls: { saved?: unknown; moved?: unknown } = {};
  server.use(
    http.get('/api/v1/report-submissions/{submissionId}', ({ response }) => response(200).json(s)),
    http.get('/api/v1/report-submissions/{submissionId}/versions', ({ response }) => response(200).json({ items: [] })),
    http.get('/api/v1/program', ({ response }) => response(200).json({ projects: [], fundingSources: [], targets: [], indicators: [] })),
    http.put('/api/v1/report-submissions/{submissionId}', async ({ request, response }) => {
      calls.saved = await request.json();
      return response(200).json(s);
    }),
    http.post('/api/v1/report-submissions/{submissionId}/transitions', async ({ request, response }) => {
      calls.moved = await request.json();
      return response(200).json({ ...s, state: 'RETURNED' });
    }),
  );
  return calls;
}

const open = (me: Me) =>
  renderWithProviders(<MonitoringSubmissionRoute />, { route: `/monitoring/submissions/${ID}`, path: '/monitoring/submissions/:submissionId', me });

describe('a unit report', () => {
  it('lets the commune fill its figures, flags those that differ from the registry, and submit', async () => {
    const calls = serve(submission());
    open(communeMe);
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo của Ủy ban nhân dân xã Thường Phước 1' })).toBeInTheDocument();
    const poor = screen.getByTestId('indicators').querySelector('[data-indicator="POOR_HOUSEHOLDS"]') as HTMLElement;
    expect(within(poor).getByText('Khác sổ hộ')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Số lao động được giới thiệu việc làm'), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.saved).toBeDefined());
    expect(calls.saved).toMatchObject({ indicators: { POOR_HOUSEHOLDS: 14, JOB_PLACEMENTS: 40 }, narratives: { results: 'Đã hỗ trợ 12 hộ' } });
    expect(screen.getByRole('button', { name: 'Gửi báo cáo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chấp nhận' })).not.toBeInTheDocument();
  });

  it('lets the standing office return a submitted report with a comment, read-only', async () => {
    const calls = serve(submission({ state: 'SUBMITTED', editable: false, versions: 1 }));
    open(officeMe);
    expect(await screen.findByRole('button', { name: 'Chấp nhận' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Số hộ nghèo')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Ý kiến khi trả lại'), 'Số hộ nghèo chưa khớp');
    await userEvent.click(screen.getByRole('button', { name: 'Trả lại kèm ý kiến' }));
    await waitFor(() => expect(calls.moved).toEqual({ action: 'RETURN', comment: 'Số hộ nghèo chưa khớp' }));
  });
});
