import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { Api } from './support/api';
import { signIn } from './support/auth';
import { person } from './support/data';
import { users } from './support/env';
import { HouseholdDetail, HouseholdForm } from './support/households';

test('an officer is told when someone else saved the household first', async ({ page }) => {
  await signIn(page, users.communeOfficer);
  const api = await Api.asUserOf(page);
  const household = await api.registerHousehold('29956', [person('HEAD', '1971-04-30', 'MALE')], 'Số 3, ấp Phước Mỹ');

  const detail = new HouseholdDetail(page);
  const form = new HouseholdForm(page);
  await detail.open(household.id);
  await detail.edit();
  await expect(form.addressInput()).toHaveValue('Số 3, ấp Phước Mỹ');

  await api.changeAddress(household.id, 'Số 5, ấp Phước Mỹ');

  await form.addressInput().fill('Số 4, ấp Phước Mỹ');
  await form.save();
  await expect(form.conflictAlert()).toBeVisible();
  await expect(form.conflictAlert()).toContainText('người khác cập nhật');
  await expectNoSeriousA11yViolations(page, 'edit form with the conflict message');

  await form.reloadLatest();
  await expect(form.conflictAlert()).toHaveCount(0);
  await expect(form.addressInput()).toHaveValue('Số 5, ấp Phước Mỹ');

  await form.addressInput().fill('Số 4, ấp Phước Mỹ');
  await form.save();
  await expect(detail.fact('Địa chỉ')).toHaveText('Số 4, ấp Phước Mỹ');
  await api.dispose();
});
