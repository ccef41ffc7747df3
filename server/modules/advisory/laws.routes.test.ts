import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Law } from '../../../contracts/advisory-answers';
import { systemScope } from '../../db/tenancy';
import { auditEvents } from '../../platform/audit/audit.tables';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { laws } from './advisory.tables';

let t: TestApp;
let w: AdvisoryWorld;

const entry = (over: object = {}) => ({
  bodyId: w.body,
  title: 'Закон о општем управном поступку',
  gazette: '„Службени гласник РС”, бр. 18/2016, 95/2018',
  note: 'Основни процесни закон',
  ...over,
});

const lawCount = () => t.tenancy.read(systemScope, async (tx) => (await tx.select().from(laws)).length);
const open = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(() => t.close());

describe('the laws register', () => {
  let zup: Law;

  it('takes a law from the association’s expert, audited', async () => {
    const res = await w.c.expert.post('/api/v1/laws', entry());
    expect(res.statusCode, res.body).toBe(201);
    zup = res.json();
    expect(zup).toMatchObject({ countryCode: 'RS', bodyId: w.body, amendedOn: null, answersToRecheck: 0 });
    const audit = await t.tenancy.read(systemScope, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, zup.id)),
    );
    expect(audit.map((a) => a.action)).toEqual(['law.create']);
  });

  it('records an amendment by the body’s administrator', async () => {
    const res = await w.c.admin.patch(`/api/v1/laws/${zup.id}`, {
      amendedOn: '2026-03-01',
      gazette: '„Службени гласник РС”, бр. 18/2016, 95/2018, 2/2023',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ amendedOn: '2026-03-01', title: zup.title, note: zup.note });
  });

  it('lists a country’s register to askers, answerers and anyone, found in either script', async () => {
    for (const client of [w.c.hr, w.c.expert, w.c.otherHr]) {
      const res = await client.get('/api/v1/laws?country=RS&q=opstem upravnom');
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((l: Law) => l.id)).toEqual([zup.id]);
    }
    const pub = await open('/api/v1/public/laws?country=RS&q=ОПШТЕМ');
    expect(pub.statusCode).toBe(200);
    expect(pub.json().items.map((l: Law) => l.id)).toEqual([zup.id]);
    expect((await open('/api/v1/public/laws?country=BG')).json().items).toEqual([]);
    expect((await open('/api/v1/public/laws?country=rs')).statusCode).toBe(400);
    expect((await w.c.employee.get('/api/v1/laws?country=RS')).statusCode).toBe(403);
  });

  it('is written by its association only', async () => {
    const before = await lawCount();
    for (const client of [w.c.hr, w.c.manager, w.c.employee])
      expect((await client.post('/api/v1/laws', entry())).statusCode).toBe(403);
    // Another association cannot reach this one: 404 on create, 403 on the public entry.
    expect((await w.c.bgExpert.post('/api/v1/laws', entry())).statusCode).toBe(404);
    for (const client of [w.c.hr, w.c.employee, w.c.bgExpert])
      expect((await client.patch(`/api/v1/laws/${zup.id}`, { title: 'Промењен наслов' })).statusCode).toBe(
        403,
      );
    expect(await lawCount()).toBe(before);
    expect(
      (await open('/api/v1/public/laws?country=RS')).json().items.map((l: Law) => l.title),
    ).not.toContain('Промењен наслов');
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await lawCount();
    const cases: Array<[object, string, string]> = [
      [{ title: 'ab' }, 'title', 'too_small'],
      [{ gazette: '' }, 'gazette', 'too_small'],
      [{ amendedOn: '2026-13-01' }, 'amendedOn', 'invalid_format'],
      [{ extra: 1 }, 'extra', 'unknown_field'],
    ];
    for (const [change, field, code] of cases) {
      const res = await w.c.expert.post('/api/v1/laws', entry(change));
      expect(res.statusCode, field).toBe(400);
      expect(res.json().errors[0], field).toMatchObject({ field, code });
    }
    const academyExpert = await t.user({
      email: 'expert@academy.test',
      role: 'expert',
      organisationId: w.academy,
    });
    expect(academyExpert).toBeTruthy();
    const academy = await t.login('expert@academy.test');
    const res = await academy.post('/api/v1/laws', entry({ bodyId: w.academy }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'bodyId', code: 'not_an_association' });
    const patch = await w.c.expert.patch(`/api/v1/laws/${w.law}`, { amendedOn: 'yesterday' });
    expect(patch.json().errors[0]).toMatchObject({ field: 'amendedOn' });
    expect(await lawCount()).toBe(before);
  });
});
