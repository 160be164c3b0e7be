import { expect, test } from '@playwright/test';
import { signIn, signOut } from './support/auth';
import { users } from './support/env';
import { MonitoringPages } from './support/monitoring';
import { Shell } from './support/shell';

/*
 * A commune's report through the whole workflow: the standing office opens an ad-hoc period for Thường Phước 1,
 * the commune reports a near-poor count that differs from the registry and submits, the district returns it with a
 * comment, the commune corrects and resubmits, the district accepts it and downloads the consolidated PDF.
 * Each run opens its own ad-hoc period, so it does not depend on what earlier runs left in the database.
 */
test('a commune report is returned, corrected, accepted and consolidated', async ({ page }) => {
  test.slow();
  const shell = new Shell(page);
  const monitoring = new MonitoringPages(page);
  const year = new Date().getFullYear();
  const title = `Báo cáo đột xuất kiểm thử ${Date.now()}`;

  await signIn(page, users.districtOfficer);
  await shell.open('Theo dõi chương trình');
  await expect(shell.heading()).toHaveText('Theo dõi thực hiện Chương trình giảm nghèo');
  await expect(page.getByTestId('rates-panel')).toBeVisible();
  await expect(page.getByTestId('coverage-panel')).toBeVisible();
  await monitoring.openPeriod('AD_HOC', year, `${year}-12-31`, title, 'XA-29956');
  await expect(shell.heading()).toHaveText(title);
  const periodUrl = page.url();
  await signOut(page);

  await signIn(page, users.communeOfficer);
  await page.goto(periodUrl);
  await page.getByRole('button', { name: 'Lập báo cáo của đơn vị' }).click();
  await expect(shell.heading()).toHaveText('Báo cáo của Ủy ban nhân dân xã Thường Phước 1');
  await expect(monitoring.state()).toHaveAttribute('data-state', 'DRAFT');
  const submissionUrl = page.url();
  const registryNearPoor = (await monitoring.registryValue('NEAR_POOR_HOUSEHOLDS').innerText()).trim();
  await monitoring.indicatorInput('Số hộ cận nghèo').fill(String(Number(registryNearPoor) + 2));
  await monitoring.indicatorInput('Số lao động được giới thiệu việc làm').fill('25');
  await page.getByLabel('Kết quả thực hiện').fill('Giới thiệu việc làm cho 25 lao động.');
  await monitoring.save();
  await expect(monitoring.differs('NEAR_POOR_HOUSEHOLDS')).toBeVisible();
  await monitoring.act('Gửi báo cáo');
  await expect(monitoring.state()).toHaveAttribute('data-state', 'SUBMITTED');
  await signOut(page);

  await signIn(page, users.districtOfficer);
  await page.goto(submissionUrl);
  await expect(monitoring.differs('NEAR_POOR_HOUSEHOLDS')).toBeVisible();
  await monitoring.act('Trả lại kèm ý kiến', 'Số hộ cận nghèo chưa khớp với sổ hộ, đề nghị kiểm tra lại.');
  await expect(monitoring.state()).toHaveAttribute('data-state', 'RETURNED');
  await signOut(page);

  await signIn(page, users.communeOfficer);
  await page.goto(submissionUrl);
  await expect(page.getByTestId('return-comment')).toContainText('Số hộ cận nghèo chưa khớp');
  await monitoring.indicatorInput('Số hộ cận nghèo').fill(registryNearPoor);
  await monitoring.save();
  await expect(monitoring.differs('NEAR_POOR_HOUSEHOLDS')).toHaveCount(0);
  await monitoring.act('Gửi báo cáo');
  await expect(monitoring.state()).toHaveAttribute('data-state', 'RESUBMITTED');
  await signOut(page);

  await signIn(page, users.districtOfficer);
  await page.goto(submissionUrl);
  await expect(page.getByTestId('versions').locator('[data-version]')).toHaveCount(2);
  await expect(page.getByTestId('versions')).toContainText('Số hộ cận nghèo');
  await monitoring.act('Chấp nhận');
  await expect(monitoring.state()).toHaveAttribute('data-state', 'ACCEPTED');
  await page.goto(periodUrl);
  await expect(page.locator('[data-unit="XA-29956"] [data-state]')).toHaveAttribute('data-state', 'ACCEPTED');
  const pdf = await monitoring.download(/Tải báo cáo tổng hợp \(PDF\)/);
  expect(pdf.fileName).toMatch(/^bao-cao-tong-hop-\d{4}-ad-hoc\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
