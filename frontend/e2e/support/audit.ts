import type { Locator, Page } from '@playwright/test';

export class AuditLog {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByTestId('audit-table');
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }
}
