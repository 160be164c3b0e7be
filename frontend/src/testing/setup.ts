import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { server } from './server';

vi.mock('react-oidc-context', () => {
  const auth = {
    isAuthenticated: true,
    isLoading: false,
    activeNavigator: undefined,
    error: undefined,
    user: { access_token: 'test-token', profile: { preferred_username: 'tester' }, expired: false },
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
  };
  return {
    useAuth: () => auth,
    AuthProvider: ({ children }: { children: unknown }) => children,
  };
});

configure({ asyncUtilTimeout: 5000 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = window.ResizeObserver ?? ResizeObserverStub;
// jsdom has no FontFaceSet; Mantine's autosizing textarea listens on it
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
window.HTMLElement.prototype.scrollIntoView = window.HTMLElement.prototype.scrollIntoView ?? (() => {});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  await i18n.changeLanguage('vi');
});
afterAll(() => server.close());
