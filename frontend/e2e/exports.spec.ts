import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { users } from './support/env';

test('a commune officer downloads the households of the own commune, and only those', async ({ page }) => {
  await signIn(page, users.communeOfficer);
  await page.getByRole('link', { name: 'Xuất dữ liệu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xuất dữ liệu');
  await expect(page.getByTestId('export-commune')).toContainText('Thường Phước 1');
  await expect(page.getByLabel('Xã, thị trấn')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'export page');

  await page.getByLabel('Dữ liệu', { exact: true }).selectOption('households');
  await page.getByLabel('Định dạng tệp').selectOption('CSV');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải xuống' }).click()]);
  expect(download.suggestedFilename()).toBe('households-29956.csv');
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0].split(',').slice(0, 3)).toEqual(['householdCode', 'communeCode', 'hamletCode']);
  expect(lines.length).toBeGreaterThan(10);
  const communes = new Set(lines.slice(1).map((l) => l.split(',')[1]));
  expect([...communes]).toEqual([users.communeOfficer.communeCode]);
});
