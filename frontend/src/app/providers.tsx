import type { ReactNode } from 'react';
import { MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { returnPath, userManager } from '@/lib/auth';
import { ProblemError } from '@/lib/problem';
import { theme } from './theme';

/** Secondary and error text dark enough for WCAG AA contrast on white and on the light grey page. */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555d66', '--mantine-color-error': '#c92a2a' },
  dark: {},
});

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => {
        if (error instanceof ProblemError && error.status >= 400 && error.status < 500) return false;
        return count < 2;
      },
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

function onSigninCallback(user: { state?: unknown } | void): void {
  window.history.replaceState({}, document.title, returnPath(user ? user.state : undefined));
}

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback} onRemoveUser={() => queryClient.clear()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-right" />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </AuthProvider>
  );
}
