import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnits } from '../modules/organisations/organisations.tables';
import { databaseError } from '../test/database-error';
import { startTestApp, type TestApp } from '../test/test-app';
import type { DbScope } from './tenancy';

let t: TestApp;
let a: string;
let b: string;

const scopeOf = (orgId: string): DbScope => ({ all: false, userId: null, orgIds: [orgId], countries: [] });

beforeAll(async () => {
  t = await startTestApp();
  a = await t.org({ name: 'Чачак' });
  b = await t.org({ name: 'Ваљево' });
  await t.unit(a, 'Одељење А');
  await t.unit(b, 'Одељење Б');
});
afterAll(() => t.close());

// The second fence: these queries carry no tenant filter at all, as a forgetful repository would.
describe('row-level security', () => {
  it('shows an unfiltered query only the tenant’s rows', async () => {
    const rows = await t.tenancy.run(scopeOf(a), (tx) => tx.select().from(orgUnits));
    expect(rows.map((r) => r.organisationId)).toEqual([a]);
  });

  it('refuses to write into another tenant', async () => {
    const attempt = t.tenancy.run(scopeOf(a), (tx) =>
      tx.insert(orgUnits).values({ organisationId: b, name: 'x', nameLatin: 'x', path: '/x/', search: 'x' }),
    );
    expect(await databaseError(attempt)).toMatch(/row-level security/);
    const updated = await t.tenancy.run(scopeOf(a), (tx) =>
      tx.update(orgUnits).set({ name: 'hacked' }).where(sql`true`).returning(),
    );
    expect(updated.every((r) => r.organisationId === a)).toBe(true);
  });

  it('runs as the non-owner application role and leaks no setting to the next transaction', async () => {
    await t.tenancy.run(scopeOf(a), async () => undefined);
    const result = (await t.conn.db.execute(
      sql`select current_user as role, coalesce(current_setting('app.org_ids', true), '') as orgs`,
    )) as unknown as { rows: Array<{ role: string; orgs: string }> };
    expect(result.rows[0]?.orgs).toBe('');
    const inside = await t.tenancy.run(scopeOf(a), (tx) => tx.execute(sql`select current_user as role`));
    expect((inside as unknown as { rows: Array<{ role: string }> }).rows[0]?.role).toBe('kadar_app');
  });

  it('forces RLS on every table that holds tenant or account data', async () => {
    const result = (await t.conn.db.execute(sql`
      select c.relname, c.relrowsecurity and c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'`)) as unknown as {
      rows: Array<{ relname: string; forced: boolean }>;
    };
    const unforced = result.rows.filter((r) => !r.forced).map((r) => r.relname);
    expect(result.rows.length).toBeGreaterThan(5);
    expect(unforced).toEqual([]);
  });

  it('lets the application append to the audit log but never change it', async () => {
    const attempt = t.tenancy.run({ all: true, userId: null, orgIds: [], countries: [] }, (tx) =>
      tx.execute(sql`update audit_events set action = 'x'`),
    );
    expect(await databaseError(attempt)).toMatch(/permission denied/);
  });
});
