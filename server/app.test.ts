import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('platform endpoints', () => {
  it('pins the access requirement of every API route', async () => {
    const lines = [...t.app.routeAccess.entries()].map(([route, access]) => `${route} → ${access}`).sort();
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./route-access.snapshot.txt');
  });

  it('reports the database kind and migration state without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: {
        kind: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
        migrations: { upToDate: true },
      },
      mail: 'outbox',
    });
  });

  it('serves an OpenAPI 3.1 document with resolvable references', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/organisations', '/api/v1/users/invitations']),
    );
    const refs = [...res.body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it('answers unknown API routes with a translated problem, never a stack trace', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing',
      headers: { 'accept-language': 'bg' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'route_not_found', title: 'Не е намерено' });
  });

  it('refuses malformed JSON with 400 and sets security headers and a request id', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'sr-Latn' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'malformed_body', title: 'Nečitljiv zahtev' });
    expect(res.json().detail).not.toMatch(/at |\.ts/);
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('count API calls per session, so colleagues behind one address do not block each other', async () => {
    const limited = await startTestApp({ RATE_LIMIT_MAX: '4' });
    const org = await limited.org({ name: 'Пирот' });
    await limited.user({ email: 'a@pirot.example', role: 'employee', organisationId: org });
    await limited.user({ email: 'b@pirot.example', role: 'employee', organisationId: org });
    const a = await limited.login('a@pirot.example');
    const b = await limited.login('b@pirot.example');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await a.get('/api/v1/me')).statusCode);
    const other = (await b.get('/api/v1/me')).statusCode;
    await limited.close();
    expect(codes).toEqual([200, 200, 200, 200, 429]);
    expect(other).toBe(200);
  });
});
