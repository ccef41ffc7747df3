import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bulletin, Post, PowChallenge } from '../../../contracts/news';
import { systemScope } from '../../db/tenancy';
import { createTranslator } from '../../platform/i18n/i18n';
import { mailOutbox } from '../../platform/mail/mail.tables';
import { createMailer } from '../../platform/mail/mailer';
import { createProofOfWork, solveChallenge } from '../../platform/proof-of-work/proof-of-work';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';
import { createBulletinsService } from './bulletins.service';
import { bulletinSubscriptions } from './news.tables';

let t: TestApp;
let w: AdvisoryWorld;
let academyAdmin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
  await t.user({ email: 'admin@academy.test', role: 'national_admin', organisationId: w.academy });
  academyAdmin = await t.login('admin@academy.test');
});
afterAll(() => t.close());

const anonymous = (url: string, payload?: object) =>
  t.app.inject({ method: payload ? 'POST' : 'GET', url, ...(payload ? { payload } : {}) });

/** A challenge as the server signs them, but easy: solving the real difficulty takes seconds. */
const proof = () =>
  solveChallenge(createProofOfWork({ secret: t.config.signingSecret, difficulty: 6 }).issue());

const subscribe = async (email: string, over: Record<string, unknown> = {}) =>
  anonymous('/api/v1/public/bulletin/subscriptions', {
    country: 'RS',
    email,
    locale: 'sr-Cyrl',
    proof: await proof(),
    ...over,
  });

const mailsTo = (to: string) =>
  t.tenancy.run(systemScope, (tx) => tx.select().from(mailOutbox).where(eq(mailOutbox.recipient, to)));
const tokenIn = (text: string, page: string) =>
  new RegExp(`/bulletin/${page}\\?token=([\\w.-]+)`).exec(text)?.[1];
const subscriptionCount = () =>
  t.tenancy.run(systemScope, async (tx) => (await tx.select().from(bulletinSubscriptions)).length);

async function publishNews(title: string) {
  const res = await w.c.admin.post('/api/v1/news', {
    organisationId: w.body,
    kind: 'news',
    audience: 'country',
    locale: 'sr-Cyrl',
    title,
    body: 'Текст вести.',
  });
  expect((await w.c.admin.post(`/api/v1/news/${(res.json() as Post).id}/publish`)).statusCode).toBe(200);
}

describe('the bulletin', () => {
  it('hands out signed challenges of a real difficulty', async () => {
    const res = await anonymous('/api/v1/public/challenge');
    expect(res.statusCode).toBe(200);
    const challenge = res.json() as PowChallenge;
    expect(challenge.difficulty).toBeGreaterThanOrEqual(16);
    expect(Date.parse(challenge.expiresAt)).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('subscribes with a confirmed address, sends it, and stops after unsubscribing', async () => {
    const email = 'ana.kadrovic@example.rs';
    const first = await subscribe('Ana.Kadrovic@example.rs');
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toEqual({ ok: true });
    const [confirmMail] = await mailsTo(email);
    expect(confirmMail?.template).toBe('bulletin_confirm');
    const token = tokenIn(confirmMail?.textBody ?? '', 'confirm') as string;
    expect(token).toBeTruthy();

    const pending = await subscribe(email);
    expect([pending.statusCode, pending.body]).toEqual([first.statusCode, first.body]);
    expect(await mailsTo(email)).toHaveLength(2);
    // The second link replaces the first.
    const latest = tokenIn((await mailsTo(email))[1]?.textBody ?? '', 'confirm') as string;
    expect((await anonymous('/api/v1/public/bulletin/confirm', { token })).statusCode).toBe(404);
    expect((await anonymous('/api/v1/public/bulletin/confirm', { token: latest })).json()).toEqual({
      ok: true,
    });
    expect((await anonymous('/api/v1/public/bulletin/confirm', { token: latest })).statusCode).toBe(200);

    // Subscribed already: the same answer, and no mail that would tell the address's owner apart.
    const again = await subscribe(email);
    expect([again.statusCode, again.body]).toEqual([first.statusCode, first.body]);
    expect(await mailsTo(email)).toHaveLength(2);

    await publishNews('Позив за добре праксе у управљању људским ресурсима');
    const preview = await w.c.expert.get(`/api/v1/bulletins/preview?bodyId=${w.body}`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ subscribers: 1, items: [{ kind: 'news' }] });

    const sent = await w.c.admin.post('/api/v1/bulletins', { bodyId: w.body });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ recipients: 1, countryCode: 'RS', bodyId: w.body });
    const bulletinMail = (await mailsTo(email)).find((m) => m.template === 'bulletin');
    expect(bulletinMail?.locale).toBe('sr-Cyrl');
    expect(bulletinMail?.textBody).toContain('Позив за добре праксе');
    expect(bulletinMail?.textBody).toContain('http://kadar.test/news/');
    const unsubscribe = tokenIn(bulletinMail?.textBody ?? '', 'unsubscribe') as string;
    expect(unsubscribe).toBeTruthy();

    const history = await w.c.admin.get(`/api/v1/bulletins?bodyId=${w.body}`);
    expect((history.json() as { items: Bulletin[] }).items).toHaveLength(1);
    // Nothing new since: nothing to send.
    expect((await w.c.admin.post('/api/v1/bulletins', { bodyId: w.body })).statusCode).toBe(409);

    expect((await anonymous('/api/v1/public/bulletin/unsubscribe', { token: unsubscribe })).json()).toEqual({
      ok: true,
    });
    expect((await anonymous('/api/v1/public/bulletin/unsubscribe', { token: unsubscribe })).statusCode).toBe(
      200,
    );
    const forged = `${unsubscribe.split('.')[0]}.${'x'.repeat(43)}`;
    expect((await anonymous('/api/v1/public/bulletin/unsubscribe', { token: forged })).statusCode).toBe(404);

    await publishNews('Састанак мреже за људске ресурсе');
    const next = await w.c.admin.post('/api/v1/bulletins', { bodyId: w.body });
    expect(next.json()).toMatchObject({ recipients: 0 });
    expect((await mailsTo(email)).filter((m) => m.template === 'bulletin')).toHaveLength(1);
  });

  it('lets a signed-in user subscribe at once with the profile address', async () => {
    expect((await w.c.hr.get('/api/v1/me/bulletin')).json()).toEqual({ country: 'RS', subscribed: false });
    expect((await w.c.hr.put('/api/v1/me/bulletin', { subscribed: true })).json()).toEqual({
      country: 'RS',
      subscribed: true,
    });
    expect((await w.c.hr.get('/api/v1/me/bulletin')).json()).toEqual({ country: 'RS', subscribed: true });
    const preview = await w.c.admin.get(`/api/v1/bulletins/preview?bodyId=${w.body}`);
    expect(preview.json()).toMatchObject({ subscribers: 1 });
    expect((await w.c.hr.put('/api/v1/me/bulletin', { subscribed: false })).json()).toMatchObject({
      subscribed: false,
    });
    expect((await w.c.admin.get(`/api/v1/bulletins/preview?bodyId=${w.body}`)).json()).toMatchObject({
      subscribers: 0,
    });
  });

  it('keeps bulletins to the association’s editors', async () => {
    expect((await w.c.hr.get(`/api/v1/bulletins/preview?bodyId=${w.body}`)).statusCode).toBe(403);
    expect((await w.c.hr.post('/api/v1/bulletins', { bodyId: w.body })).statusCode).toBe(403);
    expect((await w.c.bgExpert.get(`/api/v1/bulletins/preview?bodyId=${w.body}`)).statusCode).toBe(404);
    expect((await w.c.bgExpert.post('/api/v1/bulletins', { bodyId: w.body })).statusCode).toBe(404);
    expect((await w.c.bgExpert.get(`/api/v1/bulletins?bodyId=${w.body}`)).statusCode).toBe(404);
    const academy = await academyAdmin.get(`/api/v1/bulletins/preview?bodyId=${w.academy}`);
    expect(academy.statusCode).toBe(400);
    expect(academy.json()).toMatchObject({ errors: [{ field: 'bodyId' }] });
  });

  it('refuses bad subscriptions naming the field, and writes nothing', async () => {
    const before = await subscriptionCount();
    const used = await proof();
    expect((await subscribe('first@example.rs', { proof: used })).statusCode).toBe(202);
    const after = await subscriptionCount();
    expect(after).toBe(before + 1);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ proof: used }, 'proof'],
      [{ proof: { challenge: used.challenge, nonce: 'wrong' } }, 'proof'],
      [{ proof: undefined }, 'proof'],
      [{ email: 'not-an-address' }, 'email'],
      [{ country: 'XX' }, 'country'],
    ];
    for (const [over, field] of cases) {
      const res = await subscribe('second@example.rs', over);
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((res.json() as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(
        field,
      );
    }
    expect(await subscriptionCount()).toBe(after);
    expect(await mailsTo('second@example.rs')).toEqual([]);
    expect((await anonymous('/api/v1/public/bulletin/confirm', { token: 'x'.repeat(43) })).statusCode).toBe(
      404,
    );
    expect((await anonymous('/api/v1/public/bulletin/unsubscribe', { token: 'short' })).statusCode).toBe(400);
  });

  it('sends itself on Mondays when a week has passed and there is something new', async () => {
    const translator = createTranslator();
    const mailer = createMailer({ config: t.config, translator, tenancy: t.tenancy, log: t.app.log });
    const service = createBulletinsService({ tenancy: t.tenancy, mailer, config: t.config, translator });
    const monday = new Date('2030-03-18T06:00:00Z');
    await publishNews('Нови програм обуке за запослене у ЈЛС');
    // Not on a Tuesday; nor when the last bulletin (sent by the test above) is not a week old.
    expect(await service.sendWeekly(new Date('2030-03-19T06:00:00Z'))).toBe(0);
    expect(await service.sendWeekly(new Date(Date.now() + 2 * 86_400_000))).toBe(0);
    expect(await service.sendWeekly(monday)).toBe(1);
    // Nothing new since the one just sent: a repeated run sends nothing.
    expect(await service.sendWeekly(monday)).toBe(0);
  });
});
