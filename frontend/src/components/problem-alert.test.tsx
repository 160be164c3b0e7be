import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { ConflictAlert } from './conflict-alert';
import { ProblemAlert } from './problem-alert';

const wrap = (ui: React.ReactElement) => render(<MantineProvider>{ui}</MantineProvider>);

describe('ProblemAlert', () => {
  it('shows a known problem in Vietnamese with its trace id', () => {
    wrap(
      <ProblemAlert
        error={new ProblemError({ code: 'HOUSEHOLD_ARCHIVED', title: 'Household archived', traceId: 'abc123' }, 422)}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Hộ gia đình đã được lưu trữ');
    expect(alert).toHaveTextContent('Không thể thay đổi thông tin của hộ đã lưu trữ.');
    expect(alert).toHaveTextContent('Mã tra cứu: abc123');
  });

  it('falls back to the server title and detail for an unknown code', () => {
    wrap(
      <ProblemAlert
        error={new ProblemError({ code: 'CYCLE_CLOSED', title: 'Review cycle closed', detail: 'Cycle 2025 is closed' }, 422)}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Review cycle closed');
    expect(screen.getByRole('alert')).toHaveTextContent('Cycle 2025 is closed');
  });

  it('follows the language switch', async () => {
    await i18n.changeLanguage('en');
    wrap(<ProblemAlert error={new ProblemError({ code: 'FORBIDDEN' }, 403)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not allowed');
  });
});

describe('ConflictAlert', () => {
  it('explains that someone else saved first and offers the latest version', async () => {
    let reloaded = false;
    wrap(<ConflictAlert onReload={() => (reloaded = true)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Hồ sơ đã được người khác cập nhật');
    screen.getByRole('button', { name: 'Tải phiên bản mới nhất' }).click();
    expect(reloaded).toBe(true);
  });
});
