import { sync, type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post, PublicPost } from '../../../contracts/news';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let w: AdvisoryWorld;
const ids: Record<'all' | 'country' | 'chosen' | 'draft' | 'event' | 'pastEvent', string> = {
  all: '',
  country: '',
  chosen: '',
  draft: '',
  event: '',
  pastEvent: '',
};

const base = {
  organisationId: '',
  locale: 'sr-Cyrl',
  summary: 'Кратак опис',
  body: 'Текст објаве.',
};

async function post(path: string, body: Record<string, unknown>, publish = true): Promise<string> {
  const res = await w.c.admin.post(path, { ...base, organisationId: w.body, ...body });
  expect(res.statusCode, res.body).toBe(201);
  const id = (res.json() as Post).id;
  if (publish) expect((await w.c.admin.post(`${path}/${id}/publish`)).statusCode).toBe(200);
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
  ids.country = await post('/api/v1/news', { kind: 'news', audience: 'country', title: 'Вест за Србију' });
  ids.all = await post('/api/v1/news', { kind: 'news', audience: 'all', title: 'Вест за све' });
  ids.chosen = await post('/api/v1/news', {
    kind: 'news',
    audience: 'organisations',
    audienceIds: [w.municipality],
    title: 'Вест за изабране',
  });
  ids.draft = await post('/api/v1/news', { kind: 'news', audience: 'all', title: 'Нацрт' }, false);
  ids.event = await post('/api/v1/events', {
    kind: 'event',
    audience: 'country',
    title: 'Вебинар о оцењивању',
    startsAt: '2030-03-10T09:00:00Z',
    endsAt: '2030-03-10T11:30:00Z',
    location: 'Онлајн',
    onlineUrl: 'https://meet.example/webinar',
  });
  ids.pastEvent = await post('/api/v1/events', {
    kind: 'event',
    audience: 'country',
    title: 'Прошли догађај',
    startsAt: '2020-03-10T09:00:00Z',
  });
});
afterAll(() => t.close());

const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

describe('public news and events', () => {
  it('shows anyone only published posts addressed to everyone or to a country', async () => {
    const rs = await anonymous('/api/v1/public/news?country=RS');
    expect(rs.statusCode).toBe(200);
    const items = (rs.json() as { items: PublicPost[] }).items;
    expect(items.map((p) => p.id)).toEqual([ids.all, ids.country]);
    expect(Object.keys(items[0] as object)).not.toContain('audienceIds');
    const bg = await anonymous('/api/v1/public/news?country=BG');
    expect((bg.json() as { items: PublicPost[] }).items.map((p) => p.id)).toEqual([ids.all]);
    expect((await anonymous(`/api/v1/public/news/${ids.country}`)).statusCode).toBe(200);
    for (const hidden of [ids.chosen, ids.draft, ids.event])
      expect((await anonymous(`/api/v1/public/news/${hidden}`)).statusCode).toBe(404);
    expect((await anonymous('/api/v1/public/news?country=rs')).statusCode).toBe(400);
  });

  it('lists upcoming events and gives them to calendar apps in the country’s zone', async () => {
    const list = await anonymous('/api/v1/public/events?country=RS');
    expect((list.json() as { items: PublicPost[] }).items.map((p) => p.id)).toEqual([ids.event]);
    const past = await anonymous('/api/v1/public/events?country=RS&from=2020-01-01');
    expect((past.json() as { items: PublicPost[] }).items.map((p) => p.id)).toEqual([
      ids.pastEvent,
      ids.event,
    ]);
    expect((await anonymous(`/api/v1/public/events/${ids.event}`)).json()).toMatchObject({
      startsAt: '2030-03-10T09:00:00.000Z',
      location: 'Онлајн',
    });

    const feed = await anonymous('/api/v1/public/events.ics?country=RS');
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('TZID=Europe/Belgrade');
    const events = Object.values(sync.parseICS(feed.body)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const [e] = events as [VEvent];
    expect(e.start.toISOString()).toBe('2030-03-10T09:00:00.000Z');
    expect((e.end as Date).toISOString()).toBe('2030-03-10T11:30:00.000Z');
    expect(String(e.summary)).toBe('Вебинар о оцењивању');

    const one = await anonymous(`/api/v1/public/events/${ids.event}/ics`);
    const [single] = Object.values(sync.parseICS(one.body)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(single?.start.toISOString()).toBe('2030-03-10T09:00:00.000Z');
    expect((await anonymous(`/api/v1/public/events/${ids.all}/ics`)).statusCode).toBe(404);
    const unknown = await anonymous('/api/v1/public/events.ics?country=XX');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'country' }] });
  });
});
