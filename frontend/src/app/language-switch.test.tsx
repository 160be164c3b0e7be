import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';

function Title() {
  const { t } = useTranslation();
  return <h1>{t('households.list.title')}</h1>;
}

describe('LanguageSwitch', () => {
  it('switches the whole interface between Vietnamese and English and remembers the choice', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <MantineProvider>
        <LanguageSwitch />
        <Title />
      </MantineProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Danh sách hộ gia đình');
    expect(screen.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();

    await user.click(screen.getByText('English'));
    expect(await screen.findByRole('heading')).toHaveTextContent('Households');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByText('Tiếng Việt'));
    expect(await screen.findByRole('heading')).toHaveTextContent('Danh sách hộ gia đình');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('vi');
  });
});
