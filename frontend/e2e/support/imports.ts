import { expect, type Page } from '@playwright/test';
import { citizenId, uniqueName } from './data';

/** The import page: its drop zone's file input, the job panel and the problems table. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/imports');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Nhập dữ liệu hộ');
  }

  async choose(name: string, content: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  }

  job() {
    return this.page.getByTestId('import-job');
  }

  async waitFor(state: string): Promise<void> {
    await expect(this.job().getByText(state, { exact: true })).toBeVisible({ timeout: 30_000 });
  }

  count(name: string) {
    return this.page.getByTestId(`count-${name}`);
  }

  problems() {
    return this.page.getByTestId('import-problems');
  }

  async act(label: RegExp | string, confirm = false): Promise<void> {
    if (confirm) this.page.once('dialog', (d) => void d.accept());
    await this.job().getByRole('button', { name: label }).click();
  }
}

const HEADER =
  'householdRef,communeCode,hamletCode,address,fullName,dateOfBirth,sex,relationship,citizenId,ethnicity,disability,' +
  'schoolAttendance,educationLevel,employment,labourContract';

function row(ref: number, name: string, born: string, sex: 'MALE' | 'FEMALE', relationship: string, id: string): string {
  return `${ref},29956,29956-01,Ấp 1,${name},${born},${sex},${relationship},${id},KINH,NONE,NOT_APPLICABLE,PRIMARY,SELF_EMPLOYED,NOT_APPLICABLE`;
}

/** Two valid households (one of two members) and a third whose head's citizen id does not match the birth year. */
export function csvWithOneBadHousehold(): { csv: string; heads: string[] } {
  const heads = [uniqueName(), uniqueName(), uniqueName()];
  const csv = [
    HEADER,
    row(1, heads[0], '1970-01-02', 'MALE', 'HEAD', citizenId('1970-01-02', 'MALE')),
    row(1, uniqueName(), '1972-03-04', 'FEMALE', 'SPOUSE', citizenId('1972-03-04', 'FEMALE')),
    row(2, heads[1], '1980-05-06', 'FEMALE', 'HEAD', citizenId('1980-05-06', 'FEMALE')),
    row(3, heads[2], '1990-07-08', 'MALE', 'HEAD', citizenId('1985-07-08', 'MALE')),
  ].join('\r\n');
  return { csv, heads };
}
