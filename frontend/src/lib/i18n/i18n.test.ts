import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n, LANGUAGE_STORAGE_KEY, storedLanguage } from './index';
import { en } from './locales/en';
import { vi } from './locales/vi';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('starts in Vietnamese', () => {
    expect(storedLanguage()).toBe('vi');
    expect(i18n.t('app.auth.login')).toBe('Đăng nhập');
  });

  it('has the same keys in Vietnamese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    for (const key of keys(vi)) {
      expect(i18n.t(key, { lng: 'vi' }), key).not.toBe('');
      expect(i18n.t(key, { lng: 'en' }), key).not.toBe('');
    }
  });

  it('switches to English, remembers it and sets the document language', async () => {
    await changeLanguage('en');
    expect(i18n.t('app.auth.logout')).toBe('Sign out');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await changeLanguage('vi');
    expect(i18n.t('app.auth.logout')).toBe('Đăng xuất');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('vi');
  });
});
