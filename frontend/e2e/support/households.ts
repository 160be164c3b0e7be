import { expect, type Locator, type Page } from '@playwright/test';
import { displayDate, type PersonData } from './data';

/** The household list: search box, filters, result table. */
export class HouseholdList {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/households${query}`);
    await expect(this.table().or(this.empty())).toBeVisible();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Tìm kiếm|Search)$/ });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  table(): Locator {
    return this.page.getByTestId('households-table');
  }

  empty(): Locator {
    return this.page.getByText(/Không có hộ gia đình nào phù hợp|No household matches/);
  }

  row(householdCode: string): Locator {
    return this.table().getByRole('row').filter({ hasText: householdCode });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  registerButton(): Locator {
    return this.page.getByRole('link', { name: /Đăng ký hộ mới|Register a household/ });
  }

  async openHousehold(householdCode: string): Promise<void> {
    await this.row(householdCode).getByRole('link', { name: householdCode }).click();
  }
}

/** The register/edit form. */
export class HouseholdForm {
  constructor(private readonly page: Page) {}

  member(index: number): Locator {
    return this.page.getByRole('group', { name: `Thành viên ${index + 1}` });
  }

  async chooseFirstHamlet(): Promise<void> {
    const select = this.page.getByLabel('Ấp/Khóm');
    await expect(select.locator('option').nth(1)).toBeAttached();
    const value = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(value!);
  }

  async fillAddress(address: string): Promise<void> {
    await this.page.getByLabel('Địa chỉ', { exact: false }).fill(address);
  }

  async fillIncome(amountVnd: number): Promise<void> {
    await this.page.getByLabel('Thu nhập bình quân đầu người/tháng').fill(String(amountVnd));
  }

  async addMember(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm thành viên' }).click();
  }

  async fillMember(index: number, p: PersonData): Promise<void> {
    const group = this.member(index);
    await group.getByLabel('Họ và tên').fill(p.fullName);
    await group.getByLabel('Ngày sinh').fill(displayDate(p.dateOfBirth));
    await group.getByLabel('Giới tính').selectOption(p.sex);
    await group.getByLabel('Quan hệ với chủ hộ').selectOption(p.relationship);
    if (p.citizenId) await group.getByLabel('Số định danh cá nhân').fill(p.citizenId);
  }

  async fillMembers(people: PersonData[]): Promise<void> {
    for (let i = 0; i < people.length; i += 1) {
      if (i > 0) await this.addMember();
      await this.fillMember(i, people[i]);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Lưu|Save)$/ }).click();
  }

  conflictAlert(): Locator {
    return this.page.getByTestId('conflict-alert');
  }

  async reloadLatest(): Promise<void> {
    await this.page.getByRole('button', { name: /Tải phiên bản mới nhất|Load the latest version/ }).click();
  }

  addressInput(): Locator {
    return this.page.getByLabel('Địa chỉ', { exact: false });
  }
}

/** A household's page: facts, members, housing and history tabs. */
export class HouseholdDetail {
  constructor(private readonly page: Page) {}

  async open(id: string): Promise<void> {
    await this.page.goto(`/households/${id}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  membersTable(): Locator {
    return this.page.getByTestId('members-table');
  }

  memberRows(): Locator {
    return this.membersTable().locator('tbody tr');
  }

  fact(label: string): Locator {
    return this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: /Sửa thông tin hộ|Edit household/ }).click();
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: /Lịch sử thay đổi|Change history/ }).click();
  }

  historyTable(): Locator {
    return this.page.getByTestId('history-table');
  }

  historyEntry(action: string | RegExp): Locator {
    return this.historyTable().locator('tbody tr').filter({ hasText: action });
  }

  notFound(): Locator {
    return this.page.getByTestId('household-not-found');
  }

  async openClassification(): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Phân loại|Classification)$/ }).click();
  }

  classificationCard(): Locator {
    return this.page.getByTestId('classification-card');
  }

  classificationStatus(): Locator {
    return this.page.getByTestId('classification-status');
  }

  indicatorRows(): Locator {
    return this.page.getByTestId('classification-indicators').locator('tbody tr[data-indicator]');
  }

  indicatorRow(code: string): Locator {
    return this.page.getByTestId('classification-indicators').locator(`tbody tr[data-indicator="${code}"]`);
  }

  reviewDateInput(): Locator {
    return this.classificationCard().getByLabel(/^(Ngày rà soát|Review date)$/);
  }

  async idFromUrl(): Promise<string> {
    await this.page.waitForURL(/\/households\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}
