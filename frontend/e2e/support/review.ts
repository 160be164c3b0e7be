import { expect, type Locator, type Page } from '@playwright/test';

/** The review board (/review): cycle picker, one card per commune, the summary. */
export class ReviewBoard {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/review');
    await expect(this.communeCards().first()).toBeVisible();
  }

  cyclePicker(): Locator {
    return this.page.getByLabel(/^(Kỳ rà soát|Review cycle)$/);
  }

  async chooseCycle(label: string | RegExp): Promise<void> {
    const option = this.cyclePicker().locator('option').filter({ hasText: label });
    await this.cyclePicker().selectOption((await option.getAttribute('value'))!);
  }

  communeCards(): Locator {
    return this.page.getByTestId('commune-card');
  }

  communeCard(communeCode: string): Locator {
    return this.page.locator(`[data-testid="commune-card"][data-commune="${communeCode}"]`);
  }

  async openCommune(communeCode: string): Promise<void> {
    await this.communeCard(communeCode).getByRole('link').first().click();
  }

  consolidateButton(): Locator {
    return this.page.getByRole('button', { name: /^(Tổng hợp kết quả toàn huyện|Consolidate the district)$/ });
  }

  async consolidate(): Promise<void> {
    await this.consolidateButton().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^(Tổng hợp|Consolidate)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  cycleState(): Locator {
    return this.page.getByTestId('cycle-state');
  }

  summary(): Locator {
    return this.page.getByTestId('review-summary');
  }

  provisionalMark(): Locator {
    return this.page.getByTestId('summary-provisional');
  }

  summaryRow(areaCode: string): Locator {
    return this.page.getByTestId('summary-table').locator(`tr[data-area="${areaCode}"]`);
  }

  /** The district row (the last one) of the transitions table. */
  districtTransitions(): Locator {
    return this.page.getByTestId('transitions-table').locator('tbody tr').last();
  }

  /** Clicks an approved-list button and answers the file the browser saved. */
  async downloadList(name: RegExp): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('approved-lists').getByRole('button', { name }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  transitionCount(row: Locator, transition: string): Locator {
    return row.locator(`td[data-transition="${transition}"]`);
  }
}

/** A commune's review page: stage, cases, meetings and the step dialogs. */
export class CommuneReviewPage {
  constructor(private readonly page: Page) {}

  stepper(): Locator {
    return this.page.getByTestId('stage-stepper').first();
  }

  casesTable(): Locator {
    return this.page.getByTestId('cases-table');
  }

  caseRows(): Locator {
    return this.casesTable().locator('tbody tr');
  }

  noCases(): Locator {
    return this.page.getByText(/^(Không có hộ nào phù hợp\.|No household matches\.)$/);
  }

  /** Filters the cases by state and waits for the filtered list (the previous one stays while it loads). */
  async filterState(state: string): Promise<void> {
    await this.page.getByLabel(/^(Tình trạng|State)$/).selectOption(state);
    await expect(this.page).toHaveURL(new RegExp(`[?&]state=${state}`));
    await expect(this.page.locator('section[aria-labelledby="cases-heading"]')).toHaveAttribute('aria-busy', 'false');
    await expect(this.casesTable().locator(`tbody tr:not([data-state="${state}"])`)).toHaveCount(0);
    await expect(this.caseRows().first().or(this.noCases())).toBeVisible();
  }

  async openCase(row: Locator): Promise<void> {
    await row.getByRole('link').first().click();
  }

  button(name: RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  nextStep(): Locator {
    return this.page.getByTestId('next-step');
  }

  /** Form 01: finds the household by its code and records the day its application arrived; opens its case. */
  async recordApplication(householdCode: string, appliedOn: string): Promise<void> {
    await this.button(/^(Ghi nhận đơn đề nghị|Record an application)$/).click();
    const dialog = this.dialog();
    await dialog.getByRole('searchbox', { name: /^(Tìm hộ gia đình|Find a household)$/ }).fill(householdCode);
    await dialog.getByRole('radio', { name: new RegExp(`^${householdCode} — `) }).check();
    await dialog.getByLabel(/^(Ngày nhận đơn|Received on)/).fill(appliedOn);
    await dialog.getByRole('button', { name: /^(Ghi nhận đơn|Record the application)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  async recordMeeting(m: { hamletName: string; heldOn: string; chair: string; attendees: number; agree: number }): Promise<void> {
    await this.button(/^(Ghi nhận họp dân|Record a meeting)$/).click();
    const dialog = this.dialog();
    await dialog.getByLabel(/^(Ấp\/Khóm|Hamlet)/).selectOption({ label: m.hamletName });
    await dialog.getByLabel(/^(Ngày họp|Held on)/).fill(m.heldOn);
    await dialog.getByLabel(/^(Người chủ trì|Chaired by)/).fill(m.chair);
    await dialog.getByLabel(/^(Số người dự họp|Attendees)/).fill(String(m.attendees));
    const votes = dialog.getByTestId('meeting-votes');
    await expect(votes).toBeVisible();
    const inputs = votes.getByRole('textbox');
    for (let i = 0; i < (await inputs.count()); i += 1) await inputs.nth(i).fill(String(m.agree));
    await expect(votes.getByTestId('vote-outcome').first()).toHaveText(/^(Thống nhất|Stands)$/);
    await dialog.getByRole('button', { name: /^(Ghi nhận họp dân|Record the meeting)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  async post(from: string, to: string): Promise<void> {
    await this.button(/^(Niêm yết kết quả|Post the results)$/).click();
    const dialog = this.dialog();
    await dialog.getByLabel(/^(Niêm yết từ ngày|Posted from)/).fill(from);
    await dialog.getByLabel(/^(Đến ngày|Posted until)/).fill(to);
    await dialog.getByRole('button', { name: /^(Ghi nhận niêm yết|Record the posting)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  async decide(number: string, date: string): Promise<void> {
    await this.button(/^(Ghi nhận quyết định|Record the decision)$/).click();
    const dialog = this.dialog();
    await dialog.getByLabel(/^(Số quyết định|Decision number)/).fill(number);
    await dialog.getByLabel(/^(Ngày quyết định|Decided on)/).fill(date);
    await dialog.getByRole('button', { name: /^(Ghi nhận quyết định|Record the decision)$/ }).click();
    await expect(dialog).toBeHidden();
  }
}

/** A household's review case: status, forms B1/B2, history. */
export class ReviewCasePage {
  constructor(private readonly page: Page) {}

  state(): Locator {
    return this.page.getByTestId('case-state');
  }

  fact(label: string | RegExp): Locator {
    return this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  form(): Locator {
    return this.page.getByTestId('assessment-form');
  }

  indicators(): Locator {
    return this.form().locator('[data-indicator]');
  }

  indicator(code: string): Locator {
    return this.form().locator(`[data-indicator="${code}"]`);
  }

  async fillGeneral(assessedOn: string, reviewer: string, incomeVnd: number): Promise<void> {
    const form = this.form();
    await form.getByRole('textbox', { name: /^(Ngày rà soát|Assessed on)/ }).fill(assessedOn);
    await form.getByRole('textbox', { name: /^(Họ tên cán bộ rà soát|Reviewer’s name)/ }).fill(reviewer);
    await form
      .getByRole('textbox', { name: /^(Thu nhập bình quân đầu người\/tháng|Monthly income per person)/ })
      .fill(String(incomeVnd));
  }

  deprived(indicator: Locator): Locator {
    return indicator.getByRole('radio', { name: /^(Thiếu hụt|Deprived)$/ });
  }

  notDeprived(indicator: Locator): Locator {
    return indicator.getByRole('radio', { name: /^(Không thiếu hụt|Not deprived)$/ });
  }

  /** Follows every definite proposal (already chosen) and decides the unknown ones as not deprived. */
  async decideUnknownAsNotDeprived(): Promise<void> {
    const count = await this.indicators().count();
    for (let i = 0; i < count; i += 1) {
      const row = this.indicators().nth(i);
      if (!(await this.deprived(row).isChecked()) && !(await this.notDeprived(row).isChecked())) {
        await this.notDeprived(row).check();
      }
    }
  }

  /** The code of the first indicator whose proposal is definite (deprived or not). */
  async firstDefiniteIndicator(): Promise<string> {
    const count = await this.indicators().count();
    for (let i = 0; i < count; i += 1) {
      const row = this.indicators().nth(i);
      const proposal = await row.getByTestId('proposal').innerText();
      if (!/Chưa đủ thông tin|Not enough information/.test(proposal)) return (await row.getAttribute('data-indicator'))!;
    }
    throw new Error('no indicator with a definite proposal');
  }

  /** Decides against the proposal and gives the reason the form then asks for. */
  async override(code: string, reason: string): Promise<void> {
    const row = this.indicator(code);
    if (await this.deprived(row).isChecked()) await this.notDeprived(row).check();
    else await this.deprived(row).check();
    await expect(row.getByTestId('override-mark')).toBeVisible();
    await row.getByLabel(/^(Lý do điều chỉnh|Why)/).fill(reason);
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: /^(Lưu phiếu rà soát|Save the assessment)$/ }).click();
  }

  history(): Locator {
    return this.page.getByTestId('assessment-history');
  }

  async backToCommune(): Promise<void> {
    await this.page.getByRole('link', { name: /^(Về danh sách rà soát|Back to the review of)/ }).click();
  }
}
