import type { Locale } from '../../../contracts/access';
import { type PeoplePack, packLabel } from '../../../contracts/positions';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';

/** What the printed export needs beside the export itself. */
export type PersonalDataContext = {
  t: Translator;
  locale: Locale;
  /** The people pack of the file's country: it names the titles. */
  pack: PeoplePack | null;
  organisation: { name: string; nameLatin: string } | null;
};

type Names = { givenName: string; familyName: string; givenNameLatin: string; familyNameLatin: string };
type Value = string | number | null;

const dash = '—';

/** Labels, values, names and dates as a reader of the context's locale reads them. */
export function formatFor({ t, locale, pack }: PersonalDataContext) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const titles = new Map((pack?.titles ?? []).map((x) => [x.code, packLabel(x, locale)]));
  const latin = readsLatin(locale);
  const label = (key: string, params?: Record<string, unknown>) => t.t(locale, key, params);
  return {
    label,
    /** A label of the export's own namespace. */
    own: (key: string, params?: Record<string, unknown>) => label(`personal-data:${key}`, params),
    /** The translation of a coded value (`people:gender` + `female`), or a dash when there is none. */
    coded: (prefix: string, code: string | null) => (code ? label(`${prefix}.${code}`) : dash),
    text: (v: Value) => (v === null || v === '' ? dash : String(v)),
    date: (iso: string | null) => (iso ? date.format(new Date(`${iso}T00:00:00Z`)) : dash),
    dateTime: (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : dash),
    language: (code: string) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
    title: (code: string | null) => (code ? (titles.get(code) ?? code) : dash),
    /** An official name in the reader's script. */
    local: (named: { name: string | null; nameLatin: string | null }) =>
      (latin ? named.nameLatin : named.name) ?? dash,
    person: (p: Names) =>
      latin ? `${p.givenNameLatin} ${p.familyNameLatin}` : `${p.givenName} ${p.familyName}`,
    /** An audit action in words, or its code when it has none yet. */
    action: (code: string) => {
      const key = `personal-data:actions.${code}`;
      return t.exists(locale, key) ? label(key) : code;
    },
  };
}

export type PersonalDataFormat = ReturnType<typeof formatFor>;
