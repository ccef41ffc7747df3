import type { Locale } from '../../contracts/access';

/** The UI languages in the order the switcher offers them, each named in its own language. */
export const uiLocales: ReadonlyArray<{ value: Locale; label: string }> = [
  { value: 'sr-Cyrl', label: 'Српски (ћирилица)' },
  { value: 'sr-Latn', label: 'Srpski (latinica)' },
  { value: 'bg', label: 'Български' },
  { value: 'en', label: 'English' },
];

const known = new Set<string>(uiLocales.map((l) => l.value));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && known.has(value);
}

/** Latin-script UIs show the Latin form of official names; Cyrillic UIs the official one. */
export function usesLatinNames(locale: Locale): boolean {
  return locale === 'sr-Latn' || locale === 'en';
}

/** The name of an organisation, unit, region or membership to show in this locale. */
export function localName(locale: Locale, named: { name: string; nameLatin: string }): string {
  return usesLatinNames(locale) ? named.nameLatin || named.name : named.name;
}

const storageKey = 'kadar.locale';

export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

/** The browser's first language that Kadar speaks (mirrors the server's Accept-Language rule). */
export function browserLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): Locale {
  for (const tag of languages) {
    if (isLocale(tag)) return tag;
    if (/^sr[-_](latn|rs-latn)/i.test(tag)) return 'sr-Latn';
    if (/^(sr|sh|hr|bs|me)\b/i.test(tag)) return 'sr-Cyrl';
    if (/^bg\b/i.test(tag)) return 'bg';
    if (/^en\b/i.test(tag)) return 'en';
  }
  return 'en';
}
