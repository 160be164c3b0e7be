import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { AuditLog } from './support/audit';
import { users } from './support/env';
import { HouseholdList } from './support/households';
import { Shell } from './support/shell';

test('a district officer reads the audit log', async ({ page }) => {
  await signIn(page, users.districtOfficer);
  const shell = new Shell(page);
  const list = new HouseholdList(page);
  await list.open();
  await expect(list.rows().first()).toBeVisible();

  await shell.open('Nhật ký hoạt động');
  await expect(shell.heading()).toHaveText('Nhật ký hoạt động');
  await expect(page).toHaveTitle(/Nhật ký hoạt động/);
  const audit = new AuditLog(page);
  await expect(audit.rows().first()).toBeVisible();
  await expect(audit.table()).toContainText(users.districtOfficer.username);
});
