import { randomUUID } from 'node:crypto';
import type { BodyRole, Locale, OrgKind, Role } from '../../contracts/access';
import { insertInChunks } from '../db/bulk-write';

// Moved to server/db/bulk-write.ts (the employee import uses it too); kept here for seed modules.
export { insertInChunks, seedChunkSize } from '../db/bulk-write';

import type { Tx } from '../db/client';
import { memberships, users } from '../modules/identity/identity.tables';
import { organisations, orgUnits } from '../modules/organisations/organisations.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { UnitTree } from './demo-data';

const searchOf = (...parts: Array<string | null | undefined>) =>
  foldForSearch(parts.filter((p): p is string => Boolean(p)).join(' '));

export type OrganisationInput = {
  country: string;
  kind: OrgKind;
  bodyRole?: BodyRole | null;
  name: string;
  nameLatin: string;
  region?: string | null;
  registryCode?: string | null;
  email?: string | null;
  website?: string | null;
};

export type UserInput = { email: string; name: string; locale: Locale; passwordHash: string };
export type MembershipInput = { organisationId: string; role: Role; orgUnitId?: string | null };

/** A unit as the writer placed it in its tree. */
export type PlacedUnit = { id: string; name: string; code: string; depth: number; parentId: string | null };

/**
 * Collects the rows of a seed in memory and writes them in dependency order with chunked
 * multi-row inserts: thousands of rows cost one round trip per 500 instead of one each. Ids are
 * made here (crypto.randomUUID), so trees, paths and memberships link before anything is written.
 * Later modules add their own row kinds beside these and a step to `flush`.
 */
export function createSeedWriter() {
  const rows = {
    organisations: [] as Array<typeof organisations.$inferInsert>,
    orgUnits: [] as Array<typeof orgUnits.$inferInsert>,
    users: [] as Array<typeof users.$inferInsert>,
    memberships: [] as Array<typeof memberships.$inferInsert>,
  };

  function addUnits(
    organisationId: string,
    trees: readonly UnitTree[],
    toLatin: (name: string) => string,
    parent: { id: string; path: string; code: string; depth: number } | null,
    placed: PlacedUnit[],
  ): void {
    trees.forEach(([name, children], i) => {
      const id = randomUUID();
      // Units are numbered as in an act on organisation: 1, 1.2, 1.2.3.
      const code = parent ? `${parent.code}.${i + 1}` : String(i + 1);
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      const nameLatin = toLatin(name);
      rows.orgUnits.push({
        id,
        organisationId,
        parentId: parent?.id ?? null,
        name,
        nameLatin,
        code,
        path,
        search: searchOf(name, nameLatin, code),
      });
      placed.push({ id, name, code, depth, parentId: parent?.id ?? null });
      if (children) addUnits(organisationId, children, toLatin, { id, path, code, depth }, placed);
    });
  }

  return {
    rows,

    organisation(o: OrganisationInput): string {
      const id = randomUUID();
      rows.organisations.push({
        id,
        countryCode: o.country,
        kind: o.kind,
        bodyRole: o.bodyRole ?? null,
        name: o.name,
        nameLatin: o.nameLatin,
        regionCode: o.region ?? null,
        registryCode: o.registryCode ?? null,
        email: o.email ?? null,
        website: o.website ?? null,
        search: searchOf(o.name, o.nameLatin, o.registryCode),
      });
      return id;
    },

    /** Adds an organisation's unit trees; answers the units in tree order (parents first). */
    units(
      organisationId: string,
      trees: readonly UnitTree[],
      toLatin: (name: string) => string,
    ): PlacedUnit[] {
      const placed: PlacedUnit[] = [];
      addUnits(organisationId, trees, toLatin, null, placed);
      return placed;
    },

    user(u: UserInput, roles: readonly MembershipInput[]): string {
      const id = randomUUID();
      const email = u.email.toLowerCase();
      rows.users.push({
        id,
        email,
        name: u.name,
        locale: u.locale,
        passwordHash: u.passwordHash,
        search: searchOf(u.name, email),
      });
      for (const r of roles)
        rows.memberships.push({
          userId: id,
          organisationId: r.organisationId,
          role: r.role,
          orgUnitId: r.orgUnitId ?? null,
        });
      return id;
    },

    /** Writes everything collected (parents before children) and empties the buffers. */
    async flush(tx: Tx): Promise<void> {
      await insertInChunks(tx, organisations, rows.organisations);
      await insertInChunks(tx, orgUnits, rows.orgUnits);
      await insertInChunks(tx, users, rows.users);
      await insertInChunks(tx, memberships, rows.memberships);
      for (const list of Object.values(rows)) list.length = 0;
    },
  };
}

export type SeedWriter = ReturnType<typeof createSeedWriter>;
