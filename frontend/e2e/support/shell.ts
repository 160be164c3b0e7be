import type { Locator, Page } from '@playwright/test';

/** The application frame: navigation, language switch, account menu. */
export class Shell {
  constructor(private readonly page: Page) {}

  navigation(): Locator {
    return this.page.getByRole('navigation', { name: /Điều hướng chính|Main navigation/ });
  }

  navLink(name: string | RegExp): Locator {
    return this.navigation().getByRole('link', { name });
  }

  async open(name: string | RegExp): Promise<void> {
    await this.navLink(name).click();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async switchLanguage(label: 'English' | 'Tiếng Việt'): Promise<void> {
    await this.page.getByText(label, { exact: true }).click();
  }

  documentLanguage(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
