import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from './index';

describe('runtime config', () => {
  it('uses the development defaults when config.js sets nothing', () => {
    expect(parseConfig(undefined)).toEqual(defaultConfig);
  });

  it('takes the values config.js sets, without trailing slashes', () => {
    expect(
      parseConfig({
        apiBaseUrl: 'http://localhost:8081/',
        oidcAuthority: 'http://localhost:8180/realms/giamngheo',
        oidcClientId: 'giamngheo-spa',
      }),
    ).toEqual({ ...defaultConfig, apiBaseUrl: 'http://localhost:8081' });
  });

  it('rejects values that are not URLs', () => {
    expect(() => parseConfig({ apiBaseUrl: 'localhost:8080' })).toThrow(/apiBaseUrl/);
    expect(() => parseConfig({ oidcAuthority: 42 })).toThrow(/oidcAuthority/);
    expect(() => parseConfig({ oidcClientId: 'a b' })).toThrow(/oidcClientId/);
  });
});
