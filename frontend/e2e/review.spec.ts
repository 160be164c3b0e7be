import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { Api } from './support/api';
import { signIn, signOut } from './support/auth';
import { familyOfThree } from './support/data';
import { users } from './support/env';
import { CommuneReviewPage, ReviewBoard, ReviewCasePage } from './support/review';
import { Shell } from './support/shell';

/*
 * The 2026 periodic review of the demo data (scripts/demo-review.sql): Xã Thường Phước 1 (29956) is assessing,
 * every case agreed except one applicant still listed; every other commune has decided. The commune finishes
 * its review and the district consolidates. The e2e database is fresh for each run, so this runs once per stack.
 * The demo data picks its applicants at random; when it left none waiting in 29956, the officer records one
 * (Form 01) for a household registered here, so the journey is the same either way.
 */
test('a commune finishes its 2026 review and the district consolidates it', async ({ page }) => {
  // two sign-ins, five steps and four accessibility scans: more than the default 90 s on a busy machine
  test.slow();
  const shell = new Shell(page);
  const board = new ReviewBoard(page);
  const commune = new CommuneReviewPage(page);
  const reviewCase = new ReviewCasePage(page);

  await signIn(page, users.communeOfficer);
  await shell.open('Rà soát hộ nghèo');
  await expect(shell.heading()).toHaveText('Rà soát hộ nghèo, hộ cận nghèo');
  await board.chooseCycle('Rà soát định kỳ năm 2026');
  await expect(board.communeCards()).toHaveCount(1);
  await expect(board.communeCard('29956')).toHaveAttribute('data-stage', 'ASSESSING');
  await expectNoSeriousA11yViolations(page, 'review board');
  await board.openCommune('29956');

  await expect(shell.heading()).toHaveText('Xã Thường Phước 1');
  await expect(commune.stepper()).toHaveAttribute('data-stage', 'ASSESSING');
  await commune.filterState('LISTED');
  await expectNoSeriousA11yViolations(page, 'commune review');
  if ((await commune.caseRows().count()) === 0) {
    const api = await Api.asUserOf(page);
    const applicant = await api.registerHousehold('29956', familyOfThree());
    await api.dispose();
    await commune.recordApplication(applicant.code, '12/09/2026');
    await expect(shell.heading()).toHaveText(`Rà soát hộ ${applicant.code}`);
  } else {
    await expect(commune.caseRows()).toHaveCount(1);
    const listed = commune.caseRows().first();
    await expect(listed).toHaveAttribute('data-origin', 'APPLICATION');
    await commune.openCase(listed);
  }

  await expect(reviewCase.state()).toHaveText('Chờ đánh giá');
  await expect(reviewCase.indicators().first()).toBeVisible();
  expect(await reviewCase.indicators().count()).toBe(12);
  const hamletName = (await reviewCase.fact('Ấp/Khóm').innerText()).trim();
  await reviewCase.fillGeneral('10/10/2026', 'Lê Thị Hoa', 1_200_000);
  await reviewCase.decideUnknownAsNotDeprived();
  const overridden = await reviewCase.firstDefiniteIndicator();
  await reviewCase.override(overridden, 'Đã kiểm tra thực tế tại hộ ngày 10/10/2026');
  await expect(page.getByTestId('status-preview')).toHaveText(/^(Hộ nghèo|Hộ cận nghèo)$/);
  await expectNoSeriousA11yViolations(page, 'assessment form');
  await reviewCase.save();

  await expect(reviewCase.state()).toHaveText('Đã đánh giá');
  await expect(reviewCase.form()).toHaveCount(0);
  await expect(reviewCase.history()).toContainText('Ngày 10/10/2026 — Lê Thị Hoa');
  await expect(reviewCase.history()).toContainText('Điều chỉnh 1 chỉ số');
  await expect(reviewCase.history().locator(`tr[data-indicator="${overridden}"]`)).toHaveAttribute('data-overridden', 'true');
  await expect(reviewCase.history()).toContainText('Lý do: Đã kiểm tra thực tế tại hộ ngày 10/10/2026');

  await reviewCase.backToCommune();
  await expect(shell.heading()).toHaveText('Xã Thường Phước 1');
  await expect(commune.button(/^Niêm yết kết quả$/)).toBeDisabled();
  await commune.recordMeeting({ hamletName, heldOn: '15/10/2026', chair: 'Trần Văn Bảy', attendees: 40, agree: 31 });
  await expect(commune.nextStep()).toContainText('Tất cả hộ đã được họp dân thống nhất');

  await commune.post('17/10/2026', '21/10/2026');
  await expect(commune.stepper()).toHaveAttribute('data-stage', 'POSTING');
  await commune.decide('45/QĐ-UBND', '25/10/2026');
  await expect(commune.stepper()).toHaveAttribute('data-stage', 'DECIDED');
  await expect(page.getByText('Số 45/QĐ-UBND ngày 25/10/2026')).toBeVisible();

  await signOut(page);
  await signIn(page, users.districtOfficer);
  await board.open();
  await board.chooseCycle('Rà soát định kỳ năm 2026');
  await expect(board.communeCard('29956')).toHaveAttribute('data-stage', 'DECIDED');
  await expect(board.provisionalMark()).toBeVisible();
  await expect(board.consolidateButton()).toBeEnabled();
  await board.consolidate();

  await expect(board.cycleState()).toHaveAttribute('data-state', 'CONSOLIDATED');
  await expect(board.communeCard('29956')).toHaveAttribute('data-stage', 'CONSOLIDATED');
  await expect(board.consolidateButton()).toHaveCount(0);
  await expect(board.provisionalMark()).toHaveCount(0);
  const district = board.districtTransitions();
  await expect(district).toBeVisible();
  const counts = await district.locator('td[data-transition]').allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  await expect(board.summaryRow('29956').locator('[data-target]')).toHaveAttribute('data-target', /^(met|missed)$/);
  await expectNoSeriousA11yViolations(page, 'review summary');

  const nearPoor = await board.downloadList(/^Danh sách hộ cận nghèo$/);
  expect(nearPoor.fileName).toBe('ho-can-ngheo-2026.csv');
  expect(nearPoor.text.length).toBeGreaterThan(0);
});
