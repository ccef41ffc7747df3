import type { Locale } from '../../../contracts/access';
import type { LocalText } from '../../../contracts/competencies';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer, MailTemplate } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';

export type LearningMailDeps = { mailer: Mailer; config: Config; translator: Translator };

/** What a message says about the session, whatever the template. */
export type SessionFacts = {
  id: string;
  organiserId: string;
  title: LocalText;
  firstDay: string;
  lastDay: string;
  mode: string;
  venue: string | null;
};

const intlLocale: Record<Locale, string> = {
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  bg: 'bg-BG',
  en: 'en-GB',
};

export const titleIn = (title: LocalText, locale: Locale) =>
  locale === 'en' ? title.nameEn : locale === 'sr-Latn' ? title.nameLatin : title.name;

export function dayIn(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function datesIn(s: SessionFacts, locale: Locale): string {
  return s.firstDay === s.lastDay
    ? dayIn(s.firstDay, locale)
    : `${dayIn(s.firstDay, locale)} – ${dayIn(s.lastDay, locale)}`;
}

/**
 * Tells these users about a session, each in their own language: the programme's title in their
 * script, the dates in their format, the place, and whatever `extra` adds.
 */
type Words = (key: string, params?: Record<string, unknown>) => string;

export type SessionMail = {
  template: MailTemplate;
  /** The page the message links to; the session's page by default. */
  path?: string;
  /** Template parameters beyond the session's own, in the recipient's language. */
  extra?: (locale: Locale, words: Words) => Record<string, string>;
};

/**
 * Tells these users about a session, each in their own language: the programme's title in their
 * script, the dates in their format, the place, and whatever `extra` adds.
 */
export function notifyAboutSession(
  tx: Tx,
  deps: LearningMailDeps,
  userIds: Array<string | null>,
  session: SessionFacts,
  mail: SessionMail,
) {
  return notifyUsers(tx, deps, userIds, {
    template: mail.template,
    organisationId: session.organiserId,
    path: mail.path ?? `/sessions/${session.id}`,
    params: (locale) => {
      const words: Words = (key, params) => deps.translator.t(locale, `mail:training_words.${key}`, params);
      const online = session.mode === 'live_online' ? words('online') : words('distance');
      return {
        programme: titleIn(session.title, locale),
        dates: datesIn(session, locale),
        start: dayIn(session.firstDay, locale),
        place: session.mode === 'in_person' ? (session.venue ?? '') : online,
        ...mail.extra?.(locale, words),
      };
    },
  });
}
