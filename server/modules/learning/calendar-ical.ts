import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** One day of a session, as a calendar event. */
export type CalendarEvent = {
  /** Stable for the day, so a client updates the event it has instead of adding another. */
  uid: string;
  date: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
};

/**
 * ical-generator reads a native Date's local fields as the wall-clock time in the event's zone
 * (its documented behaviour when a zone is set), so the day and clock are placed there as they are.
 */
function wallClock(date: string, clock: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = clock.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min);
}

/** The VTIMEZONE block of an IANA zone (none for an unknown one: its times then float). */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** An iCalendar (RFC 5545) document of these events, with a VTIMEZONE for each zone they use. */
export function buildCalendar(input: {
  name: string;
  description?: string;
  events: CalendarEvent[];
}): string {
  const calendar = new ICalCalendar({
    name: input.name,
    description: input.description ?? null,
    prodId: { company: 'Kadar', product: 'Kadar', language: 'EN' },
    // Calendar apps poll a subscription; twice a day is enough for training sessions.
    ttl: 12 * 3600,
  });
  // No calendar-wide zone (DTSTAMP stays UTC); each zone an event uses gets its definition.
  calendar.timezone({ name: null, generator: vtimezone });
  for (const e of input.events)
    calendar.createEvent({
      id: e.uid,
      start: wallClock(e.date, e.startsAt),
      end: wallClock(e.date, e.endsAt),
      timezone: e.timeZone,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: e.url,
    });
  return calendar.toString();
}
