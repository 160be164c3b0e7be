import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('layout', () => {
  it('features never import each other', () => {
    const offences: string[] = [];
    for (const file of files(join(SRC, 'features'))) {
      const feature = relative(join(SRC, 'features'), file).split(/[\\/]/)[0];
      for (const spec of imports(file)) {
        const match = /^@\/features\/([^/]+)/.exec(spec) ?? /^(?:\.\.\/)+features\/([^/]+)/.exec(spec);
        if (match && match[1] !== feature) offences.push(`${relative(SRC, file)} → ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('shared code (components, lib, config) never imports features or the app', () => {
    const offences: string[] = [];
    for (const dir of ['components', 'lib', 'config']) {
      for (const file of files(join(SRC, dir))) {
        for (const spec of imports(file)) {
          if (/^@\/(features|app)\//.test(spec)) offences.push(`${relative(SRC, file)} → ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});
