import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { Api } from './support/api';
import { signIn } from './support/auth';
import { familyOfThree } from './support/data';
import { users } from './support/env';
import { HouseholdDetail, HouseholdList } from './support/households';
import { Shell } from './support/shell';

test('the welcome page is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('login-button')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'welcome');
});

test('the main pages of a commune officer are accessible', async ({ page }) => {
  await signIn(page, users.communeOfficer);
  const api = await Api.asUserOf(page);
  const household = await api.registerHousehold('29956', familyOfThree());
  await api.dispose();

  const list = new HouseholdList(page);
  await list.open();
  await expect(list.rows().first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'household list');

  const detail = new HouseholdDetail(page);
  await detail.open(household.id);
  await expect(detail.memberRows()).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'household detail');
  await detail.openHistory();
  await expect(detail.historyTable()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'household history');

  await detail.edit();
  await expect(new Shell(page).heading()).toContainText('Sửa thông tin hộ');
  await expectNoSeriousA11yViolations(page, 'household edit form');

  await list.open();
  await list.registerButton().click();
  await expect(page.getByRole('group', { name: 'Thành viên 1' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'household register form');
});

test('the audit log is accessible', async ({ page }) => {
  await signIn(page, users.districtOfficer);
  await page.goto('/audit');
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'audit log');
});
