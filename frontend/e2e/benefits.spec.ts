import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { Api } from './support/api';
import { signIn } from './support/auth';
import { HouseholdBenefits, ProgramPage, RegularReview } from './support/benefits';
import { familyOfThree } from './support/data';
import { users } from './support/env';
import { ReviewBoard } from './support/review';
import { Shell } from './support/shell';

/*
 * From approval to a card: a household of Xã Thường Phước 1 (29956) applies in a monthly review, is assessed poor, its
 * hamlet agrees and every commune decides (through the review API); the district officer consolidates on the board,
 * which freezes the status and makes the family entitled to health-insurance support. The office issues the head's
 * card by hand (no integration); the commune's coverage moves and the household page shows the person covered.
 */
test('an approved household is entitled, gets a card, and the coverage board moves', async ({ page }) => {
  test.slow();
  await signIn(page, users.districtOfficer);
  const api = await Api.asUserOf(page);
  const family = familyOfThree();
  const household = await api.registerHousehold('29956', family);
  await api.dispose();

  const review = await RegularReview.open(page);
  await review.assessAsPoor(household.id);
  await review.decideEverywhere();
  await review.dispose();

  const benefits = new HouseholdBenefits(page);
  await benefits.open(household.id);
  await expect(page.getByTestId('no-entitlements')).toBeVisible();

  const board = new ReviewBoard(page);
  await board.open();
  await board.chooseCycle(review.label());
  await expect(board.consolidateButton()).toBeEnabled();
  await board.consolidate();
  await expect(board.cycleState()).toHaveAttribute('data-state', 'CONSOLIDATED');

  // everyone in the family is entitled to the premium support, none has a card yet
  await benefits.open(household.id);
  const head = family[0].fullName;
  for (const person of family) {
    await expect(benefits.row(person.fullName, 'HEALTH_INSURANCE')).toHaveAttribute('data-state', 'ELIGIBLE');
  }
  await expectNoSeriousA11yViolations(page, 'household benefits');

  const program = new ProgramPage(page);
  await program.open('HEALTH_INSURANCE', '29956');
  await expect(program.chart()).toBeVisible();
  await expect(program.reconciliationRows(household.code).first()).toBeVisible();
  const entitled = await program.figure('29956', 'entitled');
  const fulfilled = await program.figure('29956', 'fulfilled');
  expect(entitled).toBeGreaterThanOrEqual(3);
  await expectNoSeriousA11yViolations(page, 'program coverage');

  const cardNumber = `HN487${String(Date.now()).slice(-10)}`;
  await benefits.open(household.id);
  await benefits.issueCard(benefits.row(head, 'HEALTH_INSURANCE'), cardNumber);
  const covered = benefits.row(head, 'HEALTH_INSURANCE');
  await expect(covered).toHaveAttribute('data-state', 'FULFILLED');
  await expect(covered).toContainText(cardNumber);
  await expect(covered).toContainText('Đã thực hiện');

  await program.open('HEALTH_INSURANCE', '29956');
  await expect.poll(() => program.figure('29956', 'fulfilled')).toBe(fulfilled + 1);
  expect(await program.figure('29956', 'entitled')).toBe(entitled);
  await program.chooseFinding('Được hưởng nhưng chưa thực hiện');
  await expect(program.reconciliationRows(household.code)).toHaveCount(2);
});

test('the benefit programs and the training follow-up are accessible', async ({ page }) => {
  await signIn(page, users.communeOfficer);
  const shell = new Shell(page);
  await shell.open('Chính sách hỗ trợ');
  await expect(shell.heading()).toHaveText('Chính sách hỗ trợ giảm nghèo');
  await expect(page.locator('[data-testid="program-card"][data-program="HEALTH_INSURANCE"]')).toContainText(
    'Nghị định 146/2018/NĐ-CP',
  );
  await expectNoSeriousA11yViolations(page, 'benefit programs');
  await shell.open('Theo dõi học nghề');
  await expect(shell.heading()).toHaveText('Theo dõi học nghề');
  await expect(page.getByTestId('entitlement-list')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'vocational training');
});
