import { verify } from '@node-rs/argon2';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../db/client';
import { createTenancy, systemScope, type Tenancy } from '../db/tenancy';
import { memberships, users } from '../modules/identity/identity.tables';
import { countries, organisations, orgUnits } from '../modules/organisations/organisations.tables';
import { upsertCountries } from '../packs/packs';
import { foldForSearch } from '../platform/i18n/transliterate';
import { openDatabase } from '../test/test-app';
import { demoAdministration, demoMunicipalities, demoNationalBodies, type UnitTree } from './demo-data';
import { demoLogins, seedDemo } from './demo-seed';
import { latinFor } from './seed-latin';
import { seedSynthetic, syntheticCountryCode } from './synthetic-seed';

const password = 'demo-password-for-tests';
const cyrillic = /\p{Script=Cyrillic}/u;
const treeSize = (trees: readonly UnitTree[]): number =>
  trees.reduce((n, [, children]) => n + 1 + treeSize(children ?? []), 0);

let conn: Connection;
let tenancy: Tenancy;

beforeAll(async () => {
  conn = await openDatabase();
  tenancy = createTenancy(conn);
});

afterAll(async () => {
  await conn?.close();
});

describe('demo seed', () => {
  it('loads both countries, the national bodies, the municipalities, their units and the logins', async () => {
    const result = await seedDemo(conn, { password });
    const expectedUnits = demoMunicipalities.reduce((n, m) => n + treeSize(demoAdministration(m)), 0);
    expect(result).toEqual({
      created: true,
      organisations: demoNationalBodies.length + demoMunicipalities.length,
      orgUnits: expectedUnits,
      users: demoLogins.length,
    });
    expect(demoMunicipalities.filter((m) => m.country === 'RS').length).toBeGreaterThanOrEqual(12);
    expect(demoMunicipalities.filter((m) => m.country === 'BG').length).toBeGreaterThanOrEqual(10);

    // One query at a time: a transaction is one connection.
    const [orgCount, unitCount, userCount, countryRows] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select({ n: count() }).from(organisations),
          await tx.select({ n: count() }).from(orgUnits),
          await tx.select({ n: count() }).from(users),
          await tx.select({ code: countries.code }).from(countries),
        ] as const,
    );
    expect(orgCount[0]?.n).toBe(result.organisations);
    expect(unitCount[0]?.n).toBe(expectedUnits);
    expect(userCount[0]?.n).toBe(demoLogins.length);
    expect(countryRows.map((c) => c.code).sort()).toEqual(['BG', 'RS']);
  });

  it('is idempotent', async () => {
    expect((await seedDemo(conn, { password })).created).toBe(false);
    const rows = await tenancy.run(systemScope, (tx) => tx.select({ n: count() }).from(users));
    expect(rows[0]?.n).toBe(demoLogins.length);
  });

  it('names every Serbian organisation and unit in Latin without Cyrillic, and every Latin name follows the romanisation', async () => {
    const orgs = await tenancy.run(systemScope, (tx) => tx.select().from(organisations));
    for (const o of orgs) {
      expect(o.nameLatin, o.name).not.toMatch(cyrillic);
      if (o.countryCode === 'RS' || o.countryCode === 'BG')
        expect(o.nameLatin, o.name).toBe(latinFor(o.countryCode)(o.name));
      expect(o.search).toBe(foldForSearch(`${o.name} ${o.nameLatin}`));
    }
    expect(orgs.find((o) => o.name === 'Нови Пазар')).toMatchObject({
      nameLatin: 'Novi Pazar',
      kind: 'city',
      regionCode: 'RS-18',
      countryCode: 'RS',
    });
    expect(orgs.find((o) => o.name === 'Смолян')).toMatchObject({
      nameLatin: 'Smolyan',
      regionCode: 'BG-21',
    });
    expect(orgs.find((o) => o.nameLatin === 'Nacionalna akademija za javnu upravu')).toMatchObject({
      kind: 'national_body',
      bodyRole: 'training_academy',
    });

    const units = await tenancy.run(systemScope, (tx) => tx.select().from(orgUnits));
    for (const u of units) {
      expect(u.nameLatin, u.name).not.toMatch(cyrillic);
      expect(u.search).toBe(foldForSearch(`${u.name} ${u.nameLatin} ${u.code}`));
    }
    // Search finds a municipality whichever script the user types in.
    const smolyan = orgs.find((o) => o.name === 'Смолян');
    expect(smolyan?.search).toContain(foldForSearch('smolyan'));
    expect(orgs.find((o) => o.name === 'Нови Пазар')?.search).toContain(foldForSearch('novi pazar'));
  });

  it('gives every municipality a unit tree whose paths follow the parents', async () => {
    const units = await tenancy.run(systemScope, (tx) => tx.select().from(orgUnits));
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      if (u.parentId) {
        expect(parent, `parent of ${u.name}`).toBeDefined();
        expect(parent?.organisationId).toBe(u.organisationId);
        expect(u.path).toBe(`${parent?.path}${u.id}/`);
      } else expect(u.path).toBe(`/${u.id}/`);
    }
    const orgs = await tenancy.run(systemScope, (tx) => tx.select().from(organisations));
    for (const o of orgs.filter((x) => x.kind !== 'national_body'))
      expect(units.filter((u) => u.organisationId === o.id).length, o.nameLatin).toBeGreaterThanOrEqual(8);
    const noviPazar = orgs.find((o) => o.name === 'Нови Пазар');
    const root = units.find(
      (u) => u.organisationId === noviPazar?.id && u.parentId === null && u.code === '1',
    );
    expect(root?.name).toBe('Градска управа');
    expect(units.filter((u) => u.parentId === root?.id).map((u) => u.name)).toEqual(
      expect.arrayContaining(['Одељење за финансије', 'Одељење за општу управу и заједничке послове']),
    );
  });

  it('creates the demo logins with their role, organisation, locale and the shared password', async () => {
    const emails = demoLogins.map((l) => l.email);
    for (const required of [
      'admin@kadar.example',
      'napa@kadar.example',
      'skgo@kadar.example',
      'namrb@kadar.example',
      'trainer@kadar.example',
      'expert@kadar.example',
      'hr@novi-pazar.example',
      'hr@kraljevo.example',
      'hr@smolyan.example',
      'hr@gabrovo.example',
      'manager@novi-pazar.example',
      'employee@novi-pazar.example',
    ])
      expect(emails).toContain(required);
    for (const m of demoMunicipalities) expect(emails).toContain(`hr@${m.slug}.example`);

    const rows = await tenancy.run(systemScope, (tx) =>
      tx
        .select({
          email: users.email,
          locale: users.locale,
          passwordHash: users.passwordHash,
          role: memberships.role,
          orgUnitId: memberships.orgUnitId,
          organisation: organisations.nameLatin,
          orgKind: organisations.kind,
        })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(inArray(users.email, emails)),
    );
    expect(rows).toHaveLength(demoLogins.length);
    for (const login of demoLogins) {
      const row = rows.find((r) => r.email === login.email);
      expect(row, login.email).toMatchObject({ role: login.role, locale: login.locale });
      expect(row?.email).toBe(login.email.toLowerCase());
    }
    expect(rows.find((r) => r.email === 'admin@kadar.example')).toMatchObject({
      role: 'platform_admin',
      locale: 'en',
      organisation: 'Ministarstvo državne uprave i lokalne samouprave',
    });
    expect(rows.find((r) => r.email === 'hr@kraljevo.example')?.locale).toBe('sr-Latn');
    expect(rows.find((r) => r.email === 'hr@smolyan.example')?.locale).toBe('bg');
    // One hash for all: hashed once, the same password.
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(1);
    expect(await verify(rows[0]?.passwordHash ?? '', password)).toBe(true);

    const manager = rows.find((r) => r.email === 'manager@novi-pazar.example');
    const unit = await tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(orgUnits)
        .where(eq(orgUnits.id, manager?.orgUnitId ?? '00000000-0000-0000-0000-000000000000')),
    );
    expect(unit[0]?.name).toBe('Одељење за финансије');
  });

  it('leaves a country an administrator edited as it is', async () => {
    await tenancy.run(systemScope, (tx) =>
      tx.update(countries).set({ name: 'Република Србија' }).where(eq(countries.code, 'RS')),
    );
    expect(await tenancy.run(systemScope, (tx) => upsertCountries(tx))).toEqual([]);
    const rs = await tenancy.run(systemScope, (tx) =>
      tx.select().from(countries).where(eq(countries.code, 'RS')),
    );
    expect(rs[0]?.name).toBe('Република Србија');
  });
});

describe('synthetic seed', () => {
  it('loads a synthetic country of N municipalities with 8-15 units and three accounts each', async () => {
    const result = await seedSynthetic(conn, { municipalities: 5, password });
    expect(result).toMatchObject({ created: true, municipalities: 5, users: 15 });

    const orgs = await tenancy.run(systemScope, (tx) =>
      tx.select().from(organisations).where(eq(organisations.countryCode, syntheticCountryCode)),
    );
    expect(orgs).toHaveLength(5);
    const units = await tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(orgUnits)
        .where(
          inArray(
            orgUnits.organisationId,
            orgs.map((o) => o.id),
          ),
        ),
    );
    expect(units).toHaveLength(result.orgUnits);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const o of orgs) {
      expect(o.nameLatin).not.toMatch(cyrillic);
      expect(o.name).toMatch(/ \d+$/);
      const own = units.filter((u) => u.organisationId === o.id);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(own.length).toBeLessThanOrEqual(15);
    }
    for (const u of units)
      expect(u.path).toBe(u.parentId ? `${byId.get(u.parentId)?.path}${u.id}/` : `/${u.id}/`);

    const accounts = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ email: users.email, role: memberships.role, orgUnitId: memberships.orgUnitId })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .where(
          inArray(
            memberships.organisationId,
            orgs.map((o) => o.id),
          ),
        ),
    );
    expect(accounts).toHaveLength(15);
    expect(accounts.map((a) => a.email)).toEqual(
      expect.arrayContaining(['hr@syn-1.example', 'manager@syn-5.example']),
    );
    for (const a of accounts.filter((x) => x.role === 'manager')) expect(a.orgUnitId).not.toBeNull();
  });

  it('refuses to run twice', async () => {
    expect((await seedSynthetic(conn, { municipalities: 3, password })).created).toBe(false);
    const rows = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ n: count() })
        .from(organisations)
        .where(eq(organisations.countryCode, syntheticCountryCode)),
    );
    expect(rows[0]?.n).toBe(5);
  });
});
