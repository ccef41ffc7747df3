import type { Locale } from '../../../contracts/access';
import type { Post, PostKind, PostUpdate, postAudiences } from '../../../contracts/news';

type PostAudience = (typeof postAudiences)[number];

/**
 * The form's values. An event's start and end are typed as a day (`startsAt`, `endsAt`, so the
 * server's field errors land on them) and a time of day in the reader's time zone.
 */
export type PostValues = {
  audience: PostAudience;
  audienceIds: string[];
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  startsAt: string;
  startsAtTime: string;
  endsAt: string;
  endsAtTime: string;
  location: string;
  onlineUrl: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day (`YYYY-MM-DD`) and time (`HH:mm`) of an instant. */
function localParts(iso: string | null): [string, string] {
  if (!iso) return ['', ''];
  const d = new Date(iso);
  return [
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  ];
}

/** A local day and time as an instant; a day without a time starts at midnight. */
function instant(day: string, time: string): string | null {
  if (!day) return null;
  const at = new Date(`${day}T${time || '00:00'}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

export function newPostValues(locale: Locale): PostValues {
  return {
    audience: 'country',
    audienceIds: [],
    locale,
    title: '',
    summary: '',
    body: '',
    startsAt: '',
    startsAtTime: '',
    endsAt: '',
    endsAtTime: '',
    location: '',
    onlineUrl: '',
  };
}

export function postValues(p: Post): PostValues {
  const [startsAt, startsAtTime] = localParts(p.startsAt);
  const [endsAt, endsAtTime] = localParts(p.endsAt);
  return {
    audience: p.audience,
    audienceIds: p.audienceIds,
    locale: p.locale,
    title: p.title,
    summary: p.summary,
    body: p.body,
    startsAt,
    startsAtTime,
    endsAt,
    endsAtTime,
    location: p.location,
    onlineUrl: p.onlineUrl,
  };
}

/** What the API takes: a news post carries no time or place. */
export function postBody(kind: PostKind, v: PostValues): PostUpdate {
  const event = kind === 'event';
  return {
    audience: v.audience,
    audienceIds: v.audience === 'organisations' ? v.audienceIds : [],
    locale: v.locale,
    title: v.title,
    summary: v.summary,
    body: v.body,
    startsAt: event ? instant(v.startsAt, v.startsAtTime) : null,
    endsAt: event ? instant(v.endsAt, v.endsAtTime) : null,
    location: event ? v.location : '',
    onlineUrl: event ? v.onlineUrl.trim() : '',
  };
}
