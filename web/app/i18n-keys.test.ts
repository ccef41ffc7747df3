import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from './i18n';

/**
 * Every literal key the web passes to `t(...)` exists in the English texts (the locale parity test
 * then guarantees it in every language). In a component, `t` belongs to the namespace of its
 * `useTranslation('<ns>')` (common when none is given) and `tc` to common; `ns:key` names its own.
 */
const webDir = path.resolve(import.meta.dirname, '..');
const localesDir = path.resolve(webDir, '../locales/en');

type Tree = { [key: string]: string | Tree };
const texts = Object.fromEntries(
  namespaces.map((ns) => [ns, JSON.parse(readFileSync(path.join(localesDir, `${ns}.json`), 'utf8')) as Tree]),
);

function has(ns: string, key: string): boolean {
  let node: string | Tree | undefined = texts[ns];
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('translation keys used by the web app', () => {
  for (const file of sourceFiles(webDir)) {
    const source = readFileSync(file, 'utf8');
    const calls = [...source.matchAll(/\b(t|tc)\('([^']+)'/g)];
    if (calls.length === 0) continue;
    it(path.relative(webDir, file), () => {
      const own = /const \{ t(?:, i18n)? \} = useTranslation\('([a-z-]+)'\)/.exec(source)?.[1] ?? 'common';
      const missing = calls
        .map(([, fn, key = '']) => {
          const [ns, name] = key.includes(':') ? key.split(':') : [fn === 'tc' ? 'common' : own, key];
          return `${ns}:${name}`;
        })
        .filter((full) => {
          const [ns = '', name = ''] = full.split(':');
          return !has(ns, name);
        });
      expect(missing).toEqual([]);
    });
  }
});
