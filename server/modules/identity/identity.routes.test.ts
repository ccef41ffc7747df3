import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp, testPassword } from '../../test/test-app';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let admin: Client;
let hrNp: Client;
let hrKv: Client;
let kvUserId: string;

const linkIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

async function outboxFor(client: Client, email: string) {
  const res = await client.get(`/api/v1/outbox?q=${encodeURIComponent(email)}`);
  return res.json().items as Array<{ subject: string; textBody: string; template: string; status: string }>;
}

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const ministry = await t.org({ name: 'Министарство', kind: 'national_body' });
  await t.user({ email: 'admin@t.example', role: 'platform_admin', organisationId: ministry });
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  kvUserId = await t.user({
    email: 'petrovic@kv.example',
    role: 'employee',
    organisationId: kraljevo,
    name: 'Петар Петровић',
  });
  [admin, hrNp, hrKv] = await Promise.all([
    t.login('admin@t.example'),
    t.login('hr@np.example'),
    t.login('hr@kv.example'),
  ]);
});
afterAll(() => t.close());

describe('login', () => {
  it('answers a wrong password and an unknown e-mail identically', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'hr@np.example', password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ghost@np.example', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect({ ...wrong.json(), requestId: '' }).toEqual({ ...unknown.json(), requestId: '' });
  });

  it('sets an httpOnly SameSite session cookie and answers the user, memberships and permissions', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'HR@np.example ', password: testPassword },
    });
    const cookie = res.cookies.find((c) => c.name === 'kadar_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json().memberships[0]).toMatchObject({
      organisationId: noviPazar,
      role: 'hr_officer',
      organisationNameLatin: 'Novi Pazar',
    });
    expect(res.json().permissions).toContain('users.manage');
  });

  it('locks an account after five failures, without telling', async () => {
    await t.user({ email: 'lock@np.example', role: 'employee', organisationId: noviPazar });
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'lock@np.example', password: 'bad' },
      });
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'lock@np.example', password: testPassword },
    });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().code).toBe('invalid_credentials');
  });

  it('ends the session on logout', async () => {
    const c = await t.login('hr@kv.example');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('throttles login attempts per client', async () => {
    const strict = await startTestApp({ LOGIN_RATE_LIMIT_MAX: '3' });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await strict.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@y.z', password: 'bad' },
      });
      codes.push(res.statusCode);
    }
    await strict.close();
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('invitation and password reset through the outbox', () => {
  it('invites a user who sets a password from the e-mailed link and signs in', async () => {
    const res = await hrNp.post('/api/v1/users/invitations', {
      email: 'Nova.Radnica@np.example',
      name: 'Нова Радница',
      locale: 'sr-Latn',
      organisationId: noviPazar,
      role: 'employee',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'nova.radnica@np.example', hasPassword: false });
    const [mail] = await outboxFor(hrNp, 'nova.radnica@np.example');
    expect(mail?.subject).toBe('Poziv u Kadar');
    expect(mail?.textBody).toContain('Novi Pazar');
    expect(mail?.status).toBe('pending');
    const token = linkIn(mail?.textBody ?? '');
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { token, newPassword: 'a-long-new-secret' },
    });
    expect(set.statusCode).toBe(200);
    await t.login('nova.radnica@np.example', 'a-long-new-secret');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { token, newPassword: 'another-secret-1' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ field: 'token', code: 'invalid_token' });
  });

  it('forces a password change for an account created with an initial password', async () => {
    await hrKv.post('/api/v1/users/invitations', {
      email: 'temp@kv.example',
      name: 'Привремени',
      organisationId: kraljevo,
      role: 'employee',
      initialPassword: 'temporary-pass-1',
    });
    const c = await t.login('temp@kv.example', 'temporary-pass-1');
    expect((await c.get('/api/v1/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await c.get(`/api/v1/org-units?organisationId=${kraljevo}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    const wrong = await c.post('/api/v1/me/password', {
      currentPassword: 'nope',
      newPassword: 'my-own-password',
    });
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const changed = await c.post('/api/v1/me/password', {
      currentPassword: 'temporary-pass-1',
      newPassword: 'my-own-password',
    });
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect((await c.get(`/api/v1/org-units?organisationId=${kraljevo}`)).statusCode).toBe(200);
  });

  it('resets a forgotten password, and says nothing about unknown e-mails', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset-request',
      payload: { email: 'nobody@x.example' },
    });
    expect(unknown.statusCode).toBe(202);
    expect(await outboxFor(admin, 'nobody@x.example')).toEqual([]);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset-request',
      payload: { email: 'petrovic@kv.example' },
    });
    const [mail] = await outboxFor(admin, 'petrovic@kv.example');
    expect(mail?.template).toBe('password_reset');
    // Reset messages carry no organisation: only platform admins read them in the outbox.
    expect(await outboxFor(hrKv, 'petrovic@kv.example')).toEqual([]);
    const token = linkIn(mail?.textBody ?? '');
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { token, newPassword: 'fresh-password-22' },
    });
    await t.login('petrovic@kv.example', 'fresh-password-22');
  });

  it('refuses weak passwords naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { token: 'x'.repeat(43), newPassword: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('newPassword');
  });
});

describe('users administration', () => {
  it('finds users across scripts and shows an HR officer only their municipality', async () => {
    const found = (await hrKv.get('/api/v1/users?q=petrovic')).json().items;
    expect(found.map((u: { name: string }) => u.name)).toEqual(['Петар Петровић']);
    expect((await hrNp.get('/api/v1/users?q=petrovic')).json().items).toEqual([]);
    const emails = (await hrNp.get('/api/v1/users?limit=200'))
      .json()
      .items.map((u: { email: string }) => u.email);
    expect(emails).not.toContain('hr@kv.example');
  });

  it('answers 404 for another municipality’s user, even by id', async () => {
    expect((await hrNp.get(`/api/v1/users/${kvUserId}`)).statusCode).toBe(404);
    expect((await hrNp.patch(`/api/v1/users/${kvUserId}`, { status: 'disabled' })).statusCode).toBe(404);
    expect(
      (
        await hrNp.post(`/api/v1/users/${kvUserId}/memberships`, {
          organisationId: noviPazar,
          role: 'employee',
        })
      ).statusCode,
    ).toBe(404);
    expect((await hrKv.get(`/api/v1/users/${kvUserId}`)).statusCode).toBe(200);
  });

  it('does not let an HR officer grant roles beyond theirs or in another municipality', async () => {
    const admin1 = await hrNp.post('/api/v1/users/invitations', {
      email: 'x1@np.example',
      name: 'X',
      organisationId: noviPazar,
      role: 'platform_admin',
    });
    expect(admin1.statusCode).toBe(400);
    expect(admin1.json().errors[0].field).toBe('role');
    const foreign = await hrNp.post('/api/v1/users/invitations', {
      email: 'x2@np.example',
      name: 'X',
      organisationId: kraljevo,
      role: 'employee',
    });
    expect(foreign.statusCode).toBe(404);
    const manager = await hrNp.post('/api/v1/users/invitations', {
      email: 'x3@np.example',
      name: 'X',
      organisationId: noviPazar,
      role: 'manager',
    });
    expect(manager.json().errors[0]).toMatchObject({ field: 'orgUnitId', code: 'required' });
    expect((await hrNp.get('/api/v1/users?q=x1')).json().items).toEqual([]);
  });

  it('disables a user, which signs them out, and audits it', async () => {
    const victim = await t.user({ email: 'leaver@kv.example', role: 'employee', organisationId: kraljevo });
    const session = await t.login('leaver@kv.example');
    const res = await hrKv.patch(`/api/v1/users/${victim}`, { status: 'disabled' });
    expect(res.json().status).toBe('disabled');
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const audit = (await hrKv.get(`/api/v1/audit-events?entityId=${victim}`)).json().items;
    expect(audit[0]).toMatchObject({
      action: 'user.update',
      before: { status: 'active' },
      after: { status: 'disabled' },
    });
    expect((await hrNp.get(`/api/v1/audit-events?entityId=${victim}`)).json().items).toEqual([]);
  });

  it('adds and removes memberships', async () => {
    const unit = await t.unit(kraljevo, 'Одсек');
    const added = await hrKv.post(`/api/v1/users/${kvUserId}/memberships`, {
      organisationId: kraljevo,
      role: 'manager',
      orgUnitId: unit.id,
    });
    expect(
      added
        .json()
        .memberships.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['employee', 'manager']);
    const dup = await hrKv.post(`/api/v1/users/${kvUserId}/memberships`, {
      organisationId: kraljevo,
      role: 'manager',
      orgUnitId: unit.id,
    });
    expect(dup.statusCode).toBe(409);
    const id = added.json().memberships.find((m: { role: string }) => m.role === 'manager').id;
    const removed = await hrKv.delete(`/api/v1/users/${kvUserId}/memberships/${id}`);
    expect(removed.json().memberships.map((m: { role: string }) => m.role)).toEqual(['employee']);
  });

  it('lets a user change their own language', async () => {
    const me = await hrNp.patch('/api/v1/me', { locale: 'bg' });
    expect(me.json().user.locale).toBe('bg');
    const bad = await hrNp.patch('/api/v1/me', { locale: 'de' });
    expect(bad.json().errors[0].field).toBe('locale');
  });
});

describe('cached sessions', () => {
  it('see a role change at once, though sessions are cached for a few seconds', async () => {
    const person = await t.user({ email: 'cached@kv.example', role: 'employee', organisationId: kraljevo });
    const session = await t.login('cached@kv.example');
    expect((await session.get('/api/v1/me')).json().permissions).not.toContain('users.manage');
    const added = await hrKv.post(`/api/v1/users/${person}/memberships`, {
      organisationId: kraljevo,
      role: 'hr_officer',
    });
    expect(added.statusCode).toBe(200);
    expect((await session.get('/api/v1/me')).json().permissions).toContain('users.manage');
    const id = added.json().memberships.find((m: { role: string }) => m.role === 'hr_officer').id;
    await hrKv.delete(`/api/v1/users/${person}/memberships/${id}`);
    expect((await session.get('/api/v1/users')).statusCode).toBe(403);
  });
});

describe('permissions of every administrative endpoint', () => {
  it('refuses an employee with 403 and a translated problem', async () => {
    await t.user({ email: 'plain@np.example', role: 'employee', organisationId: noviPazar });
    const employee = await t.login('plain@np.example', undefined, 'sr-Cyrl');
    const calls = [
      employee.get('/api/v1/users'),
      employee.get(`/api/v1/users/${kvUserId}`),
      employee.patch(`/api/v1/users/${kvUserId}`, { name: 'X' }),
      employee.post('/api/v1/users/invitations', {
        email: 'x@np.example',
        name: 'X',
        organisationId: noviPazar,
        role: 'employee',
      }),
      employee.post(`/api/v1/users/${kvUserId}/memberships`, { organisationId: noviPazar, role: 'employee' }),
      employee.delete(`/api/v1/users/${kvUserId}/memberships/${crypto.randomUUID()}`),
      employee.get('/api/v1/audit-events'),
      employee.get('/api/v1/outbox'),
      employee.patch(`/api/v1/organisations/${noviPazar}`, { website: 'https://example.org' }),
      employee.post('/api/v1/organisations', { countryCode: 'RS', kind: 'city', name: 'Нови' }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', title: 'Није дозвољено' });
    }
  });

  it('refuses an HR officer editing their municipality’s record or another tenant’s roles', async () => {
    expect(
      (await hrNp.patch(`/api/v1/organisations/${noviPazar}`, { website: 'https://np.example' })).statusCode,
    ).toBe(403);
    const theirs = (await hrKv.get(`/api/v1/users/${kvUserId}`)).json().memberships[0].id;
    expect((await hrNp.delete(`/api/v1/users/${kvUserId}/memberships/${theirs}`)).statusCode).toBe(404);
    expect((await hrKv.get(`/api/v1/users/${kvUserId}`)).json().memberships).toHaveLength(1);
  });
});
