import { expect, type Page } from '@playwright/test';
import type { DemoUser } from './env';

/** Signs in through the real Keycloak login page, starting from the SPA's welcome page. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-button').click();
  await signInOnKeycloak(page, user);
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Fills Keycloak's own form (#username, #password, #kc-login). */
export async function signInOnKeycloak(page: Page, user: DemoUser): Promise<void> {
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => !url.pathname.includes('/realms/'));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /Đăng xuất|Sign out/ }).click();
  await expect(page.getByTestId('login-button')).toBeVisible();
}

/** The access token the SPA holds for this page's session (oidc-client-ts keeps it in sessionStorage). */
export async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      const key = sessionStorage.key(i);
      if (key?.startsWith('oidc.user:')) {
        const value = sessionStorage.getItem(key);
        return value ? (JSON.parse(value) as { access_token?: string }).access_token : undefined;
      }
    }
    return undefined;
  });
  if (!token) throw new Error('no access token in the SPA session: sign in first');
  return token;
}
