import { expect, type Locator, type Page } from '@playwright/test';

/** The monitoring screens: dashboard, report period, a unit's submission. Selectors live here only. */
export class MonitoringPages {
  constructor(private readonly page: Page) {}

  async openPeriod(kind: string, year: number, dueOn: string, title: string, units: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Loại báo cáo').selectOption(kind);
    await dialog.getByLabel('Năm', { exact: true }).fill(String(year));
    await dialog.getByLabel(/Hạn gửi/).fill(dueOn);
    await dialog.getByLabel('Tên báo cáo', { exact: true }).fill(title);
    await dialog.getByLabel(/Đơn vị phải báo cáo/).fill(units);
    await dialog.getByRole('button', { name: 'Mở kỳ' }).click();
    await expect(this.page).toHaveURL(/\/monitoring\/periods\//);
  }

  state(): Locator {
    return this.page.locator('[data-state]').first();
  }

  indicatorInput(name: string): Locator {
    return this.page.getByTestId('indicators').getByLabel(name, { exact: true });
  }

  registryValue(code: string): Locator {
    return this.page.locator(`[data-indicator="${code}"] td`).nth(2);
  }

  differs(code: string): Locator {
    return this.page.locator(`[data-indicator="${code}"]`).getByTestId('differs');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(this.page.getByText('Đã lưu', { exact: true })).toBeVisible();
  }

  async act(name: 'Gửi báo cáo' | 'Trả lại kèm ý kiến' | 'Chấp nhận', comment?: string): Promise<void> {
    if (comment) await this.page.getByLabel('Ý kiến khi trả lại').fill(comment);
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async download(name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}
