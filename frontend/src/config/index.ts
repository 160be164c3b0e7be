export interface AppConfig {
  apiBaseUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
}

declare global {
  interface Window {
    __GIAMNGHEO_CONFIG__?: Partial<Record<keyof AppConfig, unknown>>;
  }
}

export const defaultConfig: AppConfig = {
  apiBaseUrl: 'http://localhost:8080',
  oidcAuthority: 'http://localhost:8180/realms/giamngheo',
  oidcClientId: 'giamngheo-spa',
};

function httpUrl(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`Runtime config: ${name} must be a non-empty string`);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`Runtime config: ${name} is not a URL: ${value}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`Runtime config: ${name} must use http or https: ${value}`);
  }
  return value.replace(/\/+$/, '');
}

/** Validates the runtime configuration; missing keys take the development defaults. */
export function parseConfig(raw: Window['__GIAMNGHEO_CONFIG__']): AppConfig {
  const source = raw ?? {};
  const clientId = source.oidcClientId ?? defaultConfig.oidcClientId;
  if (typeof clientId !== 'string' || !/^[A-Za-z0-9._-]+$/.test(clientId)) {
    throw new Error(`Runtime config: oidcClientId is invalid: ${String(clientId)}`);
  }
  return {
    apiBaseUrl: httpUrl(source.apiBaseUrl ?? defaultConfig.apiBaseUrl, 'apiBaseUrl'),
    oidcAuthority: httpUrl(source.oidcAuthority ?? defaultConfig.oidcAuthority, 'oidcAuthority'),
    oidcClientId: clientId,
  };
}

export const config: AppConfig = parseConfig(
  typeof window === 'undefined' ? undefined : window.__GIAMNGHEO_CONFIG__,
);
