import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/access';

/** The namespaces (locales/<lang>/<ns>.json) the web app uses; errors and mail texts stay on the server. */
export const namespaces = [
  'common',
  'identity',
  'organisations',
  'users',
  'audit',
  'outbox',
  'positions',
  'people',
  'import',
  'hr-plans',
  'reports',
  'appraisal-reports',
  'appraisals',
  'competencies',
  'catalogue',
  'my-learning',
  'training-sessions',
  'training-needs',
  'development-plans',
  'annual-programmes',
  'learning-indicators',
  'advisory',
  'knowledge',
  'library',
  'practices',
  'network',
  'news',
] as const;
export type Namespace = (typeof namespaces)[number];

type Tree = { [key: string]: string | Tree };

// One lazily loaded chunk per language and namespace: a visitor downloads only their language.
const files = import.meta.glob<Tree>(
  ['../../locales/*/*.json', '!../../locales/*/errors.json', '!../../locales/*/mail.json'],
  { import: 'default' },
);

async function loadLanguage(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'common')) return;
  await Promise.all(
    namespaces.map(async (ns) => {
      const load = files[`../../locales/${locale}/${ns}.json`];
      if (!load) throw new Error(`Missing locales/${locale}/${ns}.json`);
      i18next.addResourceBundle(locale, ns, await load(), true, true);
    }),
  );
}

export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: ['sr-Cyrl', 'sr-Latn', 'bg', 'en'],
    ns: [...namespaces],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  await loadLanguage(locale);
  document.documentElement.lang = locale;
}

/** Switch the UI language (loads its texts first, then re-renders and sets <html lang>). */
export async function switchLanguage(locale: Locale): Promise<void> {
  await loadLanguage(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function currentLocale(): Locale {
  return (i18next.resolvedLanguage ?? i18next.language ?? 'en') as Locale;
}
