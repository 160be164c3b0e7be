import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { Me } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { http, server } from '@/testing/server';
import type { ImportJob, ImportState } from '../model';
import { ImportsRoute } from './imports';

// the importer client: it may import and nothing else, so the page asks the API for nothing but imports
const importer: Me = { username: 'importer', displayName: 'importer', jobRoles: ['importer'], permissions: ['import:run', 'area:district'], scope: 'DISTRICT' };

const job = (state: ImportState, over: Partial<ImportJob> = {}): ImportJob => ({
  id: 'job-1',
  format: 'CSV',
  mode: 'COMMIT',
  policy: 'VALID_ROWS_ONLY',
  matchBy: 'NONE',
  state,
  fileName: 'ho-ngheo-2026.csv',
  fileSize: 1200,
  contentHash: 'h',
  recordsRead: 3,
  recordsValid: 3,
  recordsInvalid: 0,
  recordsWritten: 3,
  householdsCreated: 3,
  householdsUpdated: 0,
  membersWritten: 9,
  requestedAt: '2026-11-26T02:00:00Z',
  requestedBy: 'huyen.lan',
  ...over,
});

/**
 * Serves one job whose state the test moves on; every read of the job counts, and {@code next} says what the job
 * becomes after a read (the worker's progress as the SPA's polling sees it).
 */
function serve(initial: ImportJob, next: (reads: number, now: ImportJob) => ImportJob = (_, now) => now) {
  let current = initial;
  let reads = 0;
  const rollbacks: string[] = [];
  server.use(
    http.get('/api/v1/imports', ({ response }) =>
      response(200).json({ items: [current], page: 0, size: 10, totalItems: 1, totalPages: 1 }),
    ),
    http.get('/api/v1/imports/{importId}', ({ response }) => {
      const answer = current;
      reads++;
      current = next(reads, current);
      return response(200).json(answer);
    }),
    http.get('/api/v1/imports/{importId}/problems', ({ response }) =>
      response(200).json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    ),
    http.post('/api/v1/imports/{importId}/rollback', ({ params, response }) => {
      rollbacks.push(params.importId);
      reads = 0;
      current = { ...current, state: 'ROLLING_BACK', rollbackRequestedBy: 'importer', rollbackProblem: undefined };
      return response(202).json(current);
    }),
  );
  return { rollbacks };
}

const history = () => screen.getByRole('table');

async function openJob() {
  renderWithProviders(<ImportsRoute />, { me: importer });
  await userEvent.click(await within(history()).findByRole('button', { name: 'ho-ngheo-2026.csv' }));
  return screen.findByTestId('import-job');
}

describe('the imports page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a rollback running in the background until it is done, and the history follows', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    // the worker takes two polls to undo the batch
    const { rollbacks } = serve(job('DONE'), (reads, now) =>
      now.state === 'ROLLING_BACK' && reads >= 2 ? { ...now, state: 'ROLLED_BACK', rolledBackBy: 'importer' } : now,
    );
    const panel = await openJob();
    expect(await within(panel).findByText('Hoàn tất')).toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Hoàn tác toàn bộ lần nhập' }));
    expect(await within(panel).findByText('Đang hoàn tác…')).toBeInTheDocument();
    expect(within(panel).getByTestId('rolling-back')).toHaveTextContent('chế độ nền');
    expect(within(panel).getByRole('progressbar', { name: 'Tiến độ nhập' })).toBeInTheDocument();
    // nothing more to ask of a job being rolled back
    expect(within(panel).queryByRole('button', { name: 'Hoàn tác toàn bộ lần nhập' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Hủy' })).not.toBeInTheDocument();
    expect(rollbacks).toEqual(['job-1']);

    expect(await within(panel).findByText('Đã hoàn tác', {}, { timeout: 6000 })).toBeInTheDocument();
    expect(within(panel).queryByTestId('rolling-back')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(await within(history()).findByText('Đã hoàn tác')).toBeInTheDocument();
  });

  it('reads the history again when the job moves on by itself', async () => {
    serve(job('WRITING', { recordsWritten: 1 }), (reads, now) => (reads >= 2 ? { ...now, state: 'DONE', recordsWritten: 3 } : now));
    renderWithProviders(<ImportsRoute />, { me: importer });
    expect(await within(history()).findByText('Đang ghi')).toBeInTheDocument();

    await userEvent.click(within(history()).getByRole('button', { name: 'ho-ngheo-2026.csv' }));
    const panel = await screen.findByTestId('import-job');
    expect(await within(panel).findByText('Hoàn tất', {}, { timeout: 6000 })).toBeInTheDocument();
    await waitFor(() => expect(within(history()).queryByText('Đang ghi')).not.toBeInTheDocument());
    expect(within(history()).getByText('Hoàn tất')).toBeInTheDocument();
    expect(within(history()).getByText('3 đọc, 0 lỗi, 3 đã ghi')).toBeInTheDocument();
  });

  it('shows why the last rollback was not done, with the households changed meanwhile', async () => {
    serve(
      job('DONE', {
        rollbackRequestedBy: 'importer',
        rollbackProblem: {
          type: '/problems/conflict',
          title: 'Conflict',
          status: 409,
          code: 'BATCH_CHANGED_SINCE',
          detail: '1 households of this batch were changed after it wrote them',
          householdCodes: ['29956-000012'],
          householdCount: 1,
        },
      }),
    );
    const panel = await openJob();
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Chưa hoàn tác: có hộ đã được sửa sau lần nhập');
    expect(within(alert).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['Hộ 29956-000012']);
    // once the households are put right, the rollback may be asked for again
    expect(within(panel).getByRole('button', { name: 'Hoàn tác toàn bộ lần nhập' })).toBeEnabled();
  });

  it('says in English when a rollback stopped part-way', async () => {
    await i18n.changeLanguage('en');
    serve(
      job('FAILED', {
        error: 'stopped by an error; the service log has the details',
        rollbackProblem: {
          type: '/problems/internal',
          title: 'Internal error',
          status: 500,
          code: 'ROLLBACK_FAILED',
          detail: 'The rollback took longer than the 60 minutes allowed',
        },
      }),
    );
    const panel = await openJob();
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Not rolled back');
    expect(alert).toHaveTextContent('nothing was undone');
    expect(within(panel).getByText('Failed')).toBeInTheDocument();
  });
});
