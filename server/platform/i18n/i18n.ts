import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { type Locale, locales } from '../../../contracts/access';

export const localesDir = path.resolve(import.meta.dirname, '../../../locales');

/** locales/<lang>/<namespace>.json, read once; the web bundles the very same files. */
export function loadResources(dir = localesDir): Resource {
  const resources: Resource = {};
  for (const lang of locales) {
    const files = readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json'));
    resources[lang] = Object.fromEntries(
      files.map((f) => [
        path.basename(f, '.json'),
        JSON.parse(readFileSync(path.join(dir, lang, f), 'utf8')),
      ]),
    );
  }
  return resources;
}

export type Translator = {
  t(locale: Locale, key: string, params?: Record<string, unknown>): string;
  exists(locale: Locale, key: string): boolean;
};

export function createTranslator(): Translator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: loadResources(),
    initAsync: false,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    nsSeparator: ':',
    defaultNS: 'common',
  });
  return {
    t: (locale, key, params) => instance.getFixedT(locale)(key, params ?? {}) as string,
    exists: (locale, key) => instance.exists(key, { lng: locale, fallbackLng: false }),
  };
}

const byPrefix: Array<[RegExp, Locale]> = [
  [/^sr[-_](latn|rs-latn)/i, 'sr-Latn'],
  [/^(sr|sh|hr|bs|me)\b/i, 'sr-Cyrl'],
  [/^bg\b/i, 'bg'],
  [/^en\b/i, 'en'],
];

/** The first language of an Accept-Language header that Kadar speaks; English otherwise. */
export function resolveLocale(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim() ?? '';
    if ((locales as readonly string[]).includes(tag)) return tag as Locale;
    const hit = byPrefix.find(([re]) => re.test(tag));
    if (hit) return hit[1];
  }
  return 'en';
}
