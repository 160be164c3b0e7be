import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { users } from './support/env';
import { csvWithOneBadHousehold, ImportPage } from './support/imports';

test('a district officer checks a file, sees its problem, writes the valid households and rolls the batch back', async ({ page }) => {
  await signIn(page, users.districtOfficer);
  const imports = new ImportPage(page);
  await imports.open();
  const { csv } = csvWithOneBadHousehold();
  await imports.choose('ho-moi.csv', csv);
  await imports.check();

  await imports.waitFor('Đã kiểm tra');
  await expect(imports.count('recordsRead')).toHaveText('3');
  await expect(imports.count('recordsInvalid')).toHaveText('1');
  await expect(imports.problems()).toContainText('CITIZEN_ID_BIRTH_YEAR');
  await expect(imports.problems()).toContainText('năm sinh');

  await imports.act('Ghi 2 hộ hợp lệ vào sổ');
  await imports.waitFor('Hoàn tất');
  await expect(imports.count('householdsCreated')).toHaveText('2');

  await imports.act('Hoàn tác toàn bộ lần nhập', true);
  await imports.waitFor('Đã hoàn tác');
});
