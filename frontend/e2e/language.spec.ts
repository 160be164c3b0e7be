import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/auth';
import { users } from './support/env';
import { HouseholdList } from './support/households';
import { Shell } from './support/shell';

test('the interface is Vietnamese by default and switches to English, remembered after reload', async ({ page }) => {
  await signIn(page, users.communeOfficer);
  const shell = new Shell(page);
  const list = new HouseholdList(page);
  await list.open();
  await expect(shell.heading()).toHaveText('Danh sách hộ gia đình');
  expect(await shell.documentLanguage()).toBe('vi');

  await shell.switchLanguage('English');
  await expect(shell.heading()).toHaveText('Households');
  await expect(shell.navLink('Households')).toBeVisible();
  expect(await shell.documentLanguage()).toBe('en');
  await expect(page).toHaveTitle(/Households/);

  await page.reload();
  await expect(shell.heading()).toHaveText('Households');

  await shell.switchLanguage('Tiếng Việt');
  await expect(shell.heading()).toHaveText('Danh sách hộ gia đình');
  await signOut(page);
});
