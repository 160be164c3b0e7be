import { UserManager } from 'oidc-client-ts';
import { config } from '@/config';
import { setTokenProvider } from '@/lib/api/client';
import { userManagerSettings } from './settings';

export const userManager = new UserManager(userManagerSettings(config, window.location.origin));

setTokenProvider(async () => {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
});

export interface SigninState {
  returnTo?: string;
}

/** Where to go after the login round trip: the page that asked for it, never another origin. */
export function returnPath(state: unknown): string {
  const returnTo = (state as SigninState | undefined)?.returnTo;
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}
