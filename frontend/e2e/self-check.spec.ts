import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { SelfCheck } from './support/self-check';
import { Shell } from './support/shell';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('a rural household checks its status on a phone without signing in, in Vietnamese then English', async ({
  page,
}) => {
  const check = new SelfCheck(page);
  const shell = new Shell(page);

  await page.goto('/');
  await check.welcomeLink().click();
  await expect(page).toHaveURL(/\/tu-kiem-tra$/);
  await expect(shell.heading()).toHaveText('Tự kiểm tra hộ nghèo, hộ cận nghèo');
  await expect(page.getByTestId('user-menu')).toHaveCount(0);

  await check.chooseArea('Nông thôn');
  await check.fillIncome(1_200_000);
  await expect(check.incomeInput()).toHaveValue('1.200.000 đ');
  await check.answerAll(['HEALTH_INSURANCE', 'HOUSING_AREA', 'SANITATION']);
  await check.submit();

  await expect(check.status()).toHaveText('Hộ nghèo');
  await expect(check.deprivedIndicators().getByRole('listitem')).toHaveCount(3);
  await expect(check.deprivedIndicators()).toContainText('Bảo hiểm y tế');
  await expect(check.explanation()).toContainText('1.500.000');
  await expect(check.notice()).toContainText('Không có thông tin nào của bạn được lưu lại.');
  await expect(check.notice()).toContainText('UBND xã/thị trấn');
  expect(page.url()).not.toContain('/realms/');
  expect(await check.scrollsSideways()).toBe(false);

  await shell.switchLanguage('English');
  await expect(shell.heading()).toHaveText('Poverty self-check for households');
  await expect(check.status()).toHaveText('Poor household');
  await expect(check.deprivedIndicators()).toContainText('Health insurance');
  await expect(check.explanation()).toContainText('1,500,000');
  await expect(check.notice()).toContainText('Nothing you entered has been stored.');
  expect(await check.scrollsSideways()).toBe(false);

  await expectNoSeriousA11yViolations(page, 'self-check result in English on a phone');
});
