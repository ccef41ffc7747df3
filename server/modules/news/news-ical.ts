import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { PostRow } from './posts.repo';

/** The wall-clock time of an instant in a zone, as a native Date whose local fields carry it. */
function wallClock(at: Date, zone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/**
 * Events as an iCalendar document in the country's zone (see learning/calendar-ical.ts: ical-generator
 * reads a native Date's local fields as the time in the event's zone). An event without an end lasts an hour.
 */
export function eventsCalendar(input: {
  name: string;
  timeZone: string;
  publicUrl: string;
  events: PostRow[];
}): string {
  const calendar = new ICalCalendar({
    name: input.name,
    prodId: { company: 'Kadar', product: 'Kadar', language: 'EN' },
    ttl: 12 * 3600,
  });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const e of input.events) {
    if (!e.startsAt) continue;
    const end = e.endsAt ?? new Date(e.startsAt.getTime() + 3_600_000);
    const url = `${input.publicUrl}/events/${e.id}`;
    calendar.createEvent({
      id: `post-${e.id}@kadar`,
      start: wallClock(e.startsAt, input.timeZone),
      end: wallClock(end, input.timeZone),
      timezone: input.timeZone,
      summary: e.title,
      description: [e.summary, e.onlineUrl].filter(Boolean).join('\n\n'),
      location: e.location || null,
      url,
    });
  }
  return calendar.toString();
}
