import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { PublicTrainer, Trainer } from '../../../contracts/learning-trainers';
import { systemScope } from '../../db/tenancy';
import { type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { evaluations } from './enrolments.tables';
import { sessionTrainers, trainingSessions } from './sessions.tables';

let t: TestApp;
let w: LearningWorld;

const entry = (over: object = {}) => ({
  organisationId: w.academy,
  name: 'Милица Стојановић',
  email: 'milica@academy.example',
  phone: '+381 11 123 456',
  kinds: ['lecturer', 'mentor'],
  topicAreas: ['human_resources', 'public_finance'],
  expertise: 'Управљање људским ресурсима',
  accreditationNumber: 'NAPA-100',
  accreditedOn: '2024-03-01',
  accreditedUntil: '2099-02-28',
  ...over,
});

const open = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
});
afterAll(() => t.close());

describe('the register', () => {
  let milica: Trainer;

  it('adds a trainer linked to the body’s trainer account, the Latin name derived', async () => {
    const res = await w.c.admin.post('/api/v1/trainers', entry({ userId: w.ids.trainer }));
    expect(res.statusCode, res.body).toBe(201);
    milica = res.json();
    expect(milica).toMatchObject({
      nameLatin: 'Milica Stojanović',
      // The clients read English, so the body's name comes in its Latin form.
      organisationName: 'Nacionalna akademija',
      userId: w.ids.trainer,
      email: 'milica@academy.example',
      status: 'active',
      sessionsDelivered: 0,
      averageRating: null,
    });
  });

  it('names the field of bad input and changes nothing', async () => {
    const cases: Array<[object, string, string]> = [
      [{ userId: w.ids.hr }, 'userId', 'not_a_trainer'],
      [{ userId: w.ids.admin }, 'userId', 'not_a_trainer'],
      [{ topicAreas: ['astrology'] }, 'topicAreas.0', 'unknown_topic_area'],
      [{ accreditedUntil: '2024-02-01' }, 'accreditedUntil', 'before_start'],
      [{ email: 'not-an-address' }, 'email', 'invalid_format'],
      [{ kinds: [] }, 'kinds', 'too_small'],
    ];
    for (const [change, field, code] of cases) {
      const res = await w.c.admin.post('/api/v1/trainers', entry({ accreditationNumber: 'BAD', ...change }));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field, code });
    }
    const municipal = await w.c.hr.post('/api/v1/trainers', entry({ organisationId: w.municipality }));
    expect(municipal.json().errors[0]).toMatchObject({
      field: 'organisationId',
      code: 'not_a_national_body',
    });
    expect((await w.c.hr.get('/api/v1/trainers?q=BAD')).json().items).toHaveLength(0);
  });

  it('refuses an accreditation number the register already holds', async () => {
    const res = await w.c.admin.post('/api/v1/trainers', entry());
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('trainer_number_taken');
    const renumber = await w.c.admin.patch(`/api/v1/trainers/${w.trainer}`, {
      accreditationNumber: 'NAPA-100',
    });
    expect(renumber.json().code).toBe('trainer_number_taken');
  });

  it('lets only the body’s managers write, across tenants answering 404 or 403', async () => {
    expect((await w.c.otherHr.post('/api/v1/trainers', entry({ accreditationNumber: 'X' }))).statusCode).toBe(
      404,
    );
    expect((await w.c.bgAdmin.post('/api/v1/trainers', entry({ accreditationNumber: 'X' }))).statusCode).toBe(
      404,
    );
    expect((await w.c.trainer.post('/api/v1/trainers', entry({ accreditationNumber: 'X' }))).statusCode).toBe(
      403,
    );
    for (const client of [w.c.hr, w.c.bgAdmin, w.c.bgHr])
      expect((await client.patch(`/api/v1/trainers/${milica.id}`, { suspended: true })).statusCode).toBe(403);
    expect((await w.c.employee.patch(`/api/v1/trainers/${milica.id}`, { suspended: true })).statusCode).toBe(
      403,
    );
    expect((await w.c.admin.get(`/api/v1/trainers/${milica.id}`)).json().suspended).toBe(false);
  });

  it('shows contact details to the register’s owner only', async () => {
    for (const client of [w.c.hr, w.c.trainer, w.c.bgAdmin]) {
      const seen = (await client.get(`/api/v1/trainers/${milica.id}`)).json();
      expect(seen).toMatchObject({ email: null, phone: null, name: 'Милица Стојановић' });
    }
    const listed = (await w.c.hr.get('/api/v1/trainers?q=stojanovic')).json().items as Trainer[];
    expect(listed.map((x) => [x.id, x.email])).toEqual([[milica.id, null]]);
    expect((await w.c.admin.get(`/api/v1/trainers/${milica.id}`)).json().phone).toBe('+381 11 123 456');
  });

  it('suspends without touching the fields the edit leaves out, and audits it', async () => {
    const res = await w.c.admin.patch(`/api/v1/trainers/${milica.id}`, { suspended: true });
    expect(res.json()).toMatchObject({
      status: 'suspended',
      email: 'milica@academy.example',
      userId: w.ids.trainer,
    });
    const back = await w.c.admin.patch(`/api/v1/trainers/${milica.id}`, {
      suspended: false,
      name: 'Милица Илић',
    });
    expect(back.json()).toMatchObject({ status: 'active', nameLatin: 'Milica Ilić' });
    const events = (await w.c.admin.get(`/api/v1/audit-events?entityId=${milica.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'trainer.create',
      'trainer.update',
      'trainer.update',
    ]);
    const bad = await w.c.admin.patch(`/api/v1/trainers/${milica.id}`, { accreditedOn: '2100-01-01' });
    expect(bad.json().errors[0].field).toBe('accreditedUntil');
  });

  it('counts delivered sessions and averages the participants’ ratings of the trainer', async () => {
    await t.tenancy.run(systemScope, async (tx) => {
      const session = (day: string, status: string) => ({
        organiserId: w.academy,
        countryCode: 'RS',
        programmeId: w.programme,
        reference: `${day}-${status}`,
        mode: 'in_person',
        venue: 'Београд',
        capacity: 20,
        registrationOpens: '2025-01-01',
        registrationCloses: day,
        cancelUntil: day,
        completionPercent: 100,
        firstDay: day,
        lastDay: day,
        status,
      });
      const rows = await tx
        .insert(trainingSessions)
        .values([session('2025-02-01', 'completed'), session('2025-03-01', 'scheduled')])
        .returning({ id: trainingSessions.id });
      const [done, planned] = rows.map((r) => r.id) as [string, string];
      await tx
        .insert(sessionTrainers)
        .values(
          [done, planned].map((sessionId) => ({ sessionId, trainerId: milica.id, organiserId: w.academy })),
        );
      const rating = (
        sessionId: string,
        author: string,
        ratings: Record<string, number>,
        source = 'participant',
      ) => ({
        sessionId,
        organiserId: w.academy,
        organisationId: w.municipality,
        source,
        ratings,
        score: 4,
        authorUserId: author,
      });
      await tx
        .insert(evaluations)
        .values([
          rating(done, w.ids.employee, { trainer: 4, content: 2 }),
          rating(done, w.ids.manager, { trainer: 5 }),
          rating(done, w.ids.hr, { trainer: 1 }, 'manager'),
          rating(planned, w.ids.otherHr, { trainer: 1 }),
        ]);
    });
    // The municipality's reader sees the same figures as the body, though the sessions are not theirs.
    for (const client of [w.c.admin, w.c.otherHr]) {
      const seen = (await client.get(`/api/v1/trainers/${milica.id}`)).json();
      expect(seen).toMatchObject({ sessionsDelivered: 1, averageRating: 4.5 });
    }
  });
});

describe('listing and the public register', () => {
  let expired: string;
  let suspended: string;

  beforeAll(async () => {
    const add = async (over: object) =>
      (await w.c.admin.post('/api/v1/trainers', entry(over))).json().id as string;
    expired = await add({
      name: 'Петар Јовић',
      accreditationNumber: 'NAPA-OLD',
      kinds: ['coach'],
      topicAreas: ['environment'],
      accreditedOn: '2019-01-01',
      accreditedUntil: '2022-12-31',
    });
    suspended = await add({ name: 'Ана Перић', accreditationNumber: 'NAPA-SUS' });
    await w.c.admin.patch(`/api/v1/trainers/${suspended}`, { suspended: true });
  });

  it('filters by status, kind, topic area, country and text, sorted by name, a page at a time', async () => {
    const ids = async (query: string) =>
      ((await w.c.hr.get(`/api/v1/trainers?${query}`)).json().items as Trainer[]).map((x) => x.id);
    expect(await ids('status=expired')).toEqual([expired]);
    expect(await ids('status=suspended')).toEqual([suspended]);
    expect(await ids('kind=coach')).toEqual([expired]);
    expect(await ids('topicArea=environment')).toEqual([expired]);
    expect(await ids('country=BG')).toEqual([]);
    expect(await ids(`organisationId=${w.academy}&q=jovic`)).toEqual([expired]);
    const all = (await w.c.hr.get('/api/v1/trainers?limit=200')).json().items as Trainer[];
    expect(all).toHaveLength(4);
    const names = all.map((x) => x.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sr')));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Trainer> = (
        await w.c.hr.get(`/api/v1/trainers?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((x) => x.id));
  });

  it('shows active and expired trainers to anyone, without contact details or the suspended', async () => {
    const res = await open('/api/v1/public/trainers?country=RS&limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as PublicTrainer[];
    expect(items.map((x) => x.id)).not.toContain(suspended);
    expect(items.find((x) => x.id === expired)?.status).toBe('expired');
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          'accreditationNumber',
          'accreditedUntil',
          'countryCode',
          'id',
          'kinds',
          'name',
          'nameLatin',
          'organisationId',
          'organisationName',
          'status',
          'topicAreas',
        ].sort(),
      );
    }
    expect(res.body).not.toContain('@academy.example');
    expect((await open('/api/v1/public/trainers?status=suspended')).json().items).toHaveLength(0);
    const cyrillic = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/trainers?q=jovic',
      headers: { 'accept-language': 'sr-Cyrl' },
    });
    expect(cyrillic.json().items[0].organisationName).toBe('Национална академија');
    expect((await open('/api/v1/public/trainers?kind=wizard')).json().errors[0].field).toBe('kind');
  });
});
