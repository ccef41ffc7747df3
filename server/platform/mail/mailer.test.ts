import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

type Received = { to: string; subject: string; body: string };

/** A real SMTP server on loopback that refuses the first message it is given. */
async function startSmtp(received: Received[]) {
  let refusedOnce = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        if (!refusedOnce) {
          refusedOnce = true;
          const err = Object.assign(new Error('mailbox busy'), { responseCode: 451 });
          return callback(err);
        }
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? '',
          body: raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port };
}

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let admin: Client;
const received: Received[] = [];

beforeAll(async () => {
  smtp = await startSmtp(received);
  t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
  const org = await t.org({ name: 'Смолян', country: 'BG', nameLatin: 'Smolyan' });
  await t.user({ email: 'admin@t.example', role: 'platform_admin', organisationId: org });
  await t.user({ email: 'hr@smolyan.example', role: 'hr_officer', organisationId: org });
  admin = await t.login('admin@t.example');
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
});

const outbox = async () =>
  (await admin.get('/api/v1/outbox?q=hr@smolyan.example')).json().items as Array<{
    status: string;
    attempts: number;
    lastError: string | null;
  }>;

describe('mail over SMTP with the outbox', () => {
  it('retries a refused message and then delivers it', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset-request',
      payload: { email: 'hr@smolyan.example' },
    });
    await expect
      .poll(async () => (await outbox())[0]?.lastError, { timeout: 10_000 })
      .toMatch(/mailbox busy/);
    expect((await outbox())[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(received).toEqual([]);

    // Make the message due now instead of after the back-off; the worker (every 5 s) sends it.
    await t.conn.db.execute(sql`update mail_outbox set next_attempt_at = now() - interval '1 second'`);
    await expect
      .poll(async () => (await outbox())[0]?.status, { timeout: 15_000, interval: 500 })
      .toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toBe('hr@smolyan.example');
    expect(received[0]?.body).toContain('reset-password?token=');
  });

  it('reports SMTP delivery in the health check', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json().mail).toBe('smtp');
  });
});
