import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { JobActionProblem } from './job-action-problem';

const wrap = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

const changed = (codes: string[], count: number) =>
  new ProblemError(
    { code: 'BATCH_CHANGED_SINCE', title: 'Conflict', status: 409, householdCodes: codes, householdCount: count, traceId: 't1' },
    409,
  );

describe('JobActionProblem', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('vi');
  });

  it('names the households changed since the import, in Vietnamese', () => {
    wrap(<JobActionProblem error={changed(['29956-000012', '29956-000031'], 2)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Chưa hoàn tác: có hộ đã được sửa sau lần nhập');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['Hộ 29956-000012', 'Hộ 29956-000031']);
    expect(alert).toHaveTextContent('Mã tra cứu: t1');
  });

  it('counts the households beyond those listed, in English too', async () => {
    await i18n.changeLanguage('en');
    wrap(<JobActionProblem error={changed(['29956-000012'], 51)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not rolled back: households were changed after the import');
    expect(within(alert).getAllByRole('listitem').map((i) => i.textContent)).toEqual([
      'Household 29956-000012',
      'and 50 more households',
    ]);
  });

  it('shows any other problem as it is', () => {
    wrap(<JobActionProblem error={new ProblemError({ code: 'BATCH_IN_USE', title: 'Conflict' }, 409)} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Chưa hoàn tác: hộ mới đã được sử dụng');
    expect(within(alert).queryAllByRole('listitem')).toHaveLength(0);
  });
});
