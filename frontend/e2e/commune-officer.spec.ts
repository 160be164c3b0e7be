import { expect, test } from '@playwright/test';
import { Api } from './support/api';
import { signIn } from './support/auth';
import { familyOfThree, person, uniqueName, withoutAccents } from './support/data';
import { users } from './support/env';
import { HouseholdDetail, HouseholdForm, HouseholdList } from './support/households';
import { Shell } from './support/shell';

test.describe('A commune officer of Xã Thường Phước 1', () => {
  test('finds a household by typing a name without accents', async ({ page }) => {
    await signIn(page, users.communeOfficer);
    const api = await Api.asUserOf(page);
    const head = { ...person('HEAD', '1975-06-14', 'FEMALE'), fullName: uniqueName() };
    const household = await api.registerHousehold('29956', [head]);
    await api.dispose();

    const list = new HouseholdList(page);
    await list.open();
    await list.search(withoutAccents(head.fullName));

    await expect(page).toHaveURL(/[?&]q=/);
    await expect(list.row(household.code)).toBeVisible();
    await expect(list.row(household.code)).toContainText(head.fullName);

    await page.reload();
    await expect(list.searchBox()).toHaveValue(withoutAccents(head.fullName));
    await expect(list.row(household.code)).toBeVisible();
  });

  test('registers a household of three, edits it and reads the history', async ({ page }) => {
    await signIn(page, users.communeOfficer);
    const shell = new Shell(page);
    const list = new HouseholdList(page);
    const form = new HouseholdForm(page);
    const detail = new HouseholdDetail(page);
    const family = familyOfThree();

    await list.open();
    await expect(shell.navLink(/Nhật ký hoạt động/)).toHaveCount(0);
    await list.registerButton().click();
    await expect(shell.heading()).toHaveText('Đăng ký hộ gia đình mới');
    await form.chooseFirstHamlet();
    await form.fillAddress('Số 27, đường Nguyễn Văn Tre');
    await form.fillIncome(1_350_000);
    await form.fillMembers(family);
    await form.save();

    const id = await detail.idFromUrl();
    await expect(detail.heading()).toContainText('Hộ gia đình');
    await expect(detail.memberRows()).toHaveCount(3);
    for (const member of family) await expect(detail.membersTable()).toContainText(member.fullName);
    await expect(detail.fact('Chủ hộ')).toHaveText(family[0].fullName);

    await detail.edit();
    await form.addressInput().fill('Số 29, đường Nguyễn Văn Tre');
    await form.save();
    await expect(page).toHaveURL(new RegExp(`/households/${id}$`));
    await expect(detail.fact('Địa chỉ')).toHaveText('Số 29, đường Nguyễn Văn Tre');

    await detail.openHistory();
    const update = detail.historyEntry('Cập nhật thông tin hộ');
    await expect(update).toBeVisible();
    await expect(update).toContainText('Địa chỉ');
    await expect(update).toContainText('Số 27, đường Nguyễn Văn Tre');
    await expect(update).toContainText('Số 29, đường Nguyễn Văn Tre');
    await expect(update).toContainText(users.communeOfficer.username);
    await expect(detail.historyEntry('Đăng ký hộ')).toBeVisible();

    await detail.openClassification();
    await expect(page).toHaveURL(/[?&]tab=classification/);
    await expect(detail.classificationCard()).toContainText('Phiếu đề xuất phân loại hộ gia đình');
    await expect(detail.classificationCard()).toContainText('1.350.000 đ');
    await expect(detail.classificationStatus()).toHaveText(/^(Hộ nghèo|Hộ cận nghèo)$/);
    await expect(detail.indicatorRows().first()).toBeVisible();
    expect(await detail.indicatorRows().count()).toBeGreaterThanOrEqual(10);
    await expect(detail.indicatorRow('HEALTH_INSURANCE')).toContainText('Bảo hiểm y tế');
    await expect(detail.indicatorRow('HEALTH_INSURANCE')).toContainText(/Thiếu hụt|Không thiếu hụt|Chưa đủ thông tin/);

    await detail.reviewDateInput().fill('01/10/2024');
    await expect(page).toHaveURL(/[?&]date=2024-10-01/);
    await expect(detail.classificationCard()).toContainText('01/10/2024');
  });

  test('cannot see a household of Thị trấn Thường Thới Tiền', async ({ browser, page }) => {
    const otherContext = await browser.newContext();
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, users.otherCommuneOfficer);
    const otherApi = await Api.asUserOf(otherPage);
    const theirs = await otherApi.registerHousehold('29971', [person('HEAD', '1968-01-09', 'MALE')]);
    await otherApi.dispose();
    await otherContext.close();

    await signIn(page, users.communeOfficer);
    const detail = new HouseholdDetail(page);
    await detail.open(theirs.id);
    await expect(detail.notFound()).toBeVisible();
    await expect(page).toHaveTitle(/Không tìm thấy hộ gia đình/);

    const list = new HouseholdList(page);
    await list.open(`?q=${encodeURIComponent(theirs.code)}`);
    await expect(list.row(theirs.code)).toHaveCount(0);
  });
});
