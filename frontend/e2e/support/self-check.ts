import { expect, type Locator, type Page } from '@playwright/test';

/** The public poverty self-check (/tu-kiem-tra): area, income, yes/no questions, result. */
export class SelfCheck {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/tu-kiem-tra');
    await expect(this.questions()).toBeVisible();
  }

  /** The link on the welcome page. */
  welcomeLink(): Locator {
    return this.page.getByTestId('self-check-link');
  }

  questions(): Locator {
    return this.page.getByRole('group', { name: /^3\. (Điều kiện sống của hộ|Living conditions)$/ });
  }

  /** Taps the answer box as a person does (the whole box is the radio's label). */
  private async tap(scope: Locator, text: RegExp): Promise<void> {
    await scope.locator('label').filter({ hasText: text }).click();
    await expect(scope.getByRole('radio', { name: text })).toBeChecked();
  }

  async chooseArea(label: 'Nông thôn' | 'Thành thị' | 'Rural' | 'Urban'): Promise<void> {
    await this.tap(this.page.getByRole('group', { name: /^1\. / }), new RegExp(`^${label}`));
  }

  incomeInput(): Locator {
    return this.page.getByLabel(/^(Thu nhập bình quân mỗi người một tháng|Monthly income per person)$/);
  }

  async fillIncome(amountVnd: number): Promise<void> {
    await this.incomeInput().fill(String(amountVnd));
  }

  question(code: string): Locator {
    return this.page.locator(`[data-indicator="${code}"]`);
  }

  /** Answers every question of the standard: "yes" (deprived) for the codes given, "no" for the rest. */
  async answerAll(deprived: string[]): Promise<void> {
    const codes = await this.page.locator('[data-indicator]').evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-indicator') ?? ''),
    );
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      await this.tap(this.question(code), deprived.includes(code) ? /^(Có|Yes)$/ : /^(Không|No)$/);
    }
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Xem kết quả|See the result)$/ }).click();
  }

  result(): Locator {
    return this.page.getByTestId('self-check-result');
  }

  status(): Locator {
    return this.page.getByTestId('self-check-status');
  }

  deprivedIndicators(): Locator {
    return this.page.getByTestId('deprived-indicators');
  }

  explanation(): Locator {
    return this.page.getByTestId('self-check-explanation');
  }

  notice(): Locator {
    return this.page.getByTestId('estimate-notice');
  }

  /** True when the page is wider than the viewport (it must not scroll sideways on a phone). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }
}
