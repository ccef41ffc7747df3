import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../contracts/access';
import { localesDir } from './i18n';
import { flattenKeys, latinLocaleFile } from './locale-files';

const read = (lang: string, file: string) =>
  JSON.parse(readFileSync(path.join(localesDir, lang, file), 'utf8'));
const files = readdirSync(path.join(localesDir, 'en')).filter((f) => f.endsWith('.json'));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('every language has the same files', () => {
    for (const lang of locales)
      expect(readdirSync(path.join(localesDir, lang)).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: same keys, no empty text, same placeholders in every language', (file) => {
    const en = flattenKeys(read('en', file));
    for (const lang of locales) {
      const other = flattenKeys(read(lang, file));
      expect([...other.keys()].sort(), `${lang}/${file}`).toEqual([...en.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), `${lang}/${file}:${key}`).not.toBe('');
        expect(placeholders(text), `${lang}/${file}:${key}`).toEqual(placeholders(en.get(key) ?? ''));
      }
    }
  });

  it.each(files)(
    '%s: Serbian Latin is the transliteration of Serbian Cyrillic (npm run locales:latin)',
    (file) => {
      const committed = readFileSync(path.join(localesDir, 'sr-Latn', file), 'utf8');
      expect(JSON.parse(committed)).toEqual(JSON.parse(latinLocaleFile(read('sr-Cyrl', file))));
    },
  );
});
