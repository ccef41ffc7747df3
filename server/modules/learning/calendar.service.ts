import { randomBytes } from 'node:crypto';
import { type Locale, localeSchema } from '../../../contracts/access';
import type { Config } from '../../config';
import { readsLatin } from '../../db/collation';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { addDays, today } from '../../platform/days';
import { notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { type CalendarDayRow, calendarRepo as repo } from './calendar.repo';
import { buildCalendar, type CalendarEvent } from './calendar-ical';
import { titleIn } from './learning-mail';
import { visibleSession } from './visible-session';

/** A subscription shows the past year too: what one attended stays in the calendar for a while. */
const feedHistoryDays = 366;

export type CalendarService = ReturnType<typeof createCalendarService>;

export function createCalendarService(deps: { tenancy: Tenancy; translator: Translator; config: Config }) {
  const { tenancy, translator, config } = deps;
  const scope = access.scopeOf;
  const host = new URL(config.publicUrl).host;
  const feedUrl = (token: string) => `${config.publicUrl}/api/v1/public/calendars/${token}.ics`;

  /** One event per day: the programme's title in the reader's script, the day's place and time. */
  function eventsOf(days: CalendarDayRow[], locale: Locale): CalendarEvent[] {
    const t = (key: string, params?: Record<string, unknown>) =>
      translator.t(locale, `certificate-documents:calendar.${key}`, params);
    return days.map((d) => {
      const own = days.filter((o) => o.sessionId === d.sessionId);
      const organiser = readsLatin(locale) ? d.organiserNameLatin : d.organiserName;
      const lines = [
        t('reference', { reference: d.reference }),
        ...(own.length > 1 ? [t('dayOf', { day: own.indexOf(d) + 1, days: own.length })] : []),
        ...(organiser ? [t('organiser', { name: organiser })] : []),
        ...(d.onlineUrl ? [t('online', { url: d.onlineUrl })] : []),
      ];
      return {
        uid: `session-day-${d.dayId}@${host}`,
        date: d.date,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        timeZone: d.timeZone,
        summary: titleIn(d.title, locale),
        description: lines.join('\n'),
        location: d.mode === 'in_person' ? d.venue : (d.onlineUrl ?? d.venue),
        url: d.onlineUrl,
      };
    });
  }

  const newToken = () => randomBytes(32).toString('base64url');

  return {
    /** A session's days to add to one's calendar, for whoever may see the session. */
    async sessionCalendar(actor: Actor, sessionId: string): Promise<string> {
      access.require(actor, 'learning.read');
      const days = await tenancy.read(scope(actor), async (tx) => {
        await visibleSession(tx, actor, sessionId);
        return repo.sessionDays(tx, sessionId);
      });
      return buildCalendar({
        name: titleIn(days[0]?.title ?? { name: '', nameLatin: '', nameEn: '' }, actor.locale),
        events: eventsOf(days, actor.locale),
      });
    },

    /** The address of the signed-in user's personal feed, made on first use. */
    async feed(actor: Actor): Promise<{ url: string }> {
      access.require(actor, 'learning.read');
      const feed = await tenancy.run(scope(actor), (tx) => repo.ensureFeed(tx, actor.userId, newToken()));
      return { url: feedUrl(feed.token) };
    },

    /** A new secret address: calendars subscribed to the old one stop receiving the sessions. */
    async resetFeed(actor: Actor): Promise<{ url: string }> {
      access.require(actor, 'learning.read');
      const feed = await tenancy.run(scope(actor), async (tx) => {
        const saved = await repo.replaceFeed(tx, actor.userId, newToken());
        await recordAudit(tx, actor, {
          organisationId: null,
          action: 'calendar_feed.reset',
          entityType: 'user',
          entityId: actor.userId,
        });
        return saved;
      });
      return { url: feedUrl(feed.token) };
    },

    /**
     * What a calendar app fetches with the secret token, without a session: the days of the
     * sessions the person has a place in and of those they deliver, in their profile's language.
     */
    async personalCalendar(token: string): Promise<string> {
      const { locale, days } = await tenancy.read(systemScope, async (tx) => {
        const feed = await repo.feedByToken(tx, token);
        if (feed?.status !== 'active') throw notFound('calendar');
        return {
          locale: localeSchema.catch('sr-Cyrl').parse(feed.locale),
          days: await repo.personalDays(tx, feed.userId, addDays(today(), -feedHistoryDays)),
        };
      });
      const t = (key: string) => translator.t(locale, `certificate-documents:calendar.${key}`);
      return buildCalendar({
        name: t('personalName'),
        description: t('personalDescription'),
        events: eventsOf(days, locale),
      });
    },
  };
}
