import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { OrgKind, Role } from '../../contracts/access';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import { type Connection, connect } from '../db/client';
import { createTenancy, systemScope, type Tenancy } from '../db/tenancy';
import { memberships, users } from '../modules/identity/identity.tables';
import { organisations, orgUnits } from '../modules/organisations/organisations.tables';
import { upsertCountries } from '../packs/packs';
import { foldForSearch } from '../platform/i18n/transliterate';
import { templateDatabase } from './global-setup';

export const testPassword = 'correct horse battery';
const passwordHash = hash(testPassword);

/** A migrated database of its own for one test file: the PGlite dump, or a clone of the template. */
export async function openDatabase(): Promise<Connection> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dump = await readFile(inject('dbDump'));
    return connect({ loadDataDir: new Blob([dump]) });
  }
  const name = `kadar_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateDatabase}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await connect({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    ...conn,
    async close() {
      await conn.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // pool.end() resolves once its clients are told to end, not once their sockets are closed; a
      // forced drop meanwhile kills a closing connection, whose error surfaces as uncaught. Wait first.
      for (let i = 0; i < 50; i++) {
        const open = await cleanup.query('select 1 from pg_stat_activity where datname = $1', [name]);
        if (open.rowCount === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** A signed-in client of the HTTP API: keeps the session cookie and sends the CSRF token. */
export type Client = {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  /** A multipart/form-data POST with one file in the field `file`. */
  upload(
    url: string,
    file: { name: string; data: Buffer | string },
    fields?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  cookie: string;
  csrf: string;
};

export type TestApp = {
  app: FastifyInstance;
  conn: Connection;
  tenancy: Tenancy;
  config: Config;
  login(email: string, password?: string, locale?: string): Promise<Client>;
  org(input: { name: string; nameLatin?: string; country?: 'RS' | 'BG'; kind?: OrgKind }): Promise<string>;
  unit(organisationId: string, name: string, parentPath?: string): Promise<{ id: string; path: string }>;
  user(input: {
    email: string;
    role: Role;
    organisationId: string;
    orgUnitId?: string;
    name?: string;
  }): Promise<string>;
  close(): Promise<void>;
};

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const conn = await openDatabase();
  // Uploaded files of this test file go to a folder of its own, removed on close.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kadar-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEMO: 'false',
    WEB_DIR: '/nonexistent',
    RATE_LIMIT_MAX: '100000',
    LOGIN_RATE_LIMIT_MAX: '100000',
    PUBLIC_URL: 'http://kadar.test',
    SIGNING_SECRET: 'test-signing-secret-of-at-least-32-characters',
    ...env,
  });
  const app = await buildApp({ config, conn });
  await app.ready();
  const tenancy = createTenancy(conn);
  // The shipped country packs, as a fresh installation has them.
  await tenancy.run(systemScope, (tx) => upsertCountries(tx));

  async function login(email: string, password = testPassword, locale = 'en'): Promise<Client> {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = `kadar_session=${res.cookies.find((c) => c.name === 'kadar_session')?.value}`;
    const csrf = (res.json() as { csrfToken: string }).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf, 'accept-language': locale };
    const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
      app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
    return {
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      delete: (url) => send('DELETE', url),
      upload: (url, file, fields = {}) => {
        const boundary = `----kadar${randomBytes(8).toString('hex')}`;
        const part = (headers: string) => Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`);
        const payload = Buffer.concat([
          ...Object.entries(fields).flatMap(([name, value]) => [
            part(`Content-Disposition: form-data; name="${name}"`),
            Buffer.from(`${value}\r\n`),
          ]),
          part(
            `Content-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream`,
          ),
          Buffer.from(file.data),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return app.inject({
          method: 'POST',
          url,
          headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload,
        });
      },
      cookie,
      csrf,
    };
  }

  return {
    app,
    conn,
    tenancy,
    config,
    login,
    org: ({ name, nameLatin, country = 'RS', kind = 'municipality' }) =>
      tenancy.run(systemScope, async (tx) => {
        const latin = nameLatin ?? name;
        const [row] = await tx
          .insert(organisations)
          .values({
            countryCode: country,
            kind,
            name,
            nameLatin: latin,
            search: foldForSearch(`${name} ${latin}`),
          })
          .returning({ id: organisations.id });
        return (row as { id: string }).id;
      }),
    unit: (organisationId, name, parentPath = '/') =>
      tenancy.run(systemScope, async (tx) => {
        const id = crypto.randomUUID();
        const path = `${parentPath}${id}/`;
        await tx
          .insert(orgUnits)
          .values({ id, organisationId, name, nameLatin: name, path, search: foldForSearch(name) });
        return { id, path };
      }),
    user: async ({ email, role, organisationId, orgUnitId, name }) => {
      const hashed = await passwordHash;
      return tenancy.run(systemScope, async (tx) => {
        const id = crypto.randomUUID();
        const displayName = name ?? email.split('@')[0] ?? email;
        await tx.insert(users).values({
          id,
          email,
          name: displayName,
          passwordHash: hashed,
          locale: 'en',
          search: foldForSearch(`${displayName} ${email}`),
        });
        await tx
          .insert(memberships)
          .values({ userId: id, organisationId, role, orgUnitId: orgUnitId ?? null });
        return id;
      });
    },
    async close() {
      await app.close();
      await conn.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
