import { randomUUID } from 'node:crypto';
import type { Locale, OrgKind, Role } from '../../contracts/access';
import type { Tx } from '../db/client';
import { memberships, users } from '../modules/identity/identity.tables';
import { organisations, orgUnits } from '../modules/organisations/organisations.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { UnitTree } from './demo-data';

const chunkSize = 500;

/**
 * Collects rows for a seed and writes them in multi-row inserts, so thousands of rows take one
 * round trip per 500 instead of one each. Ids are made here so trees and memberships can link
 * before anything is written.
 */
export function createSeedWriter() {
  const orgRows: Array<typeof organisations.$inferInsert> = [];
  const unitRows: Array<typeof orgUnits.$inferInsert> = [];
  const userRows: Array<typeof users.$inferInsert> = [];
  const membershipRows: Array<typeof memberships.$inferInsert> = [];

  return {
    organisation(o: {
      country: string;
      kind: OrgKind;
      bodyRole?: string | null;
      name: string;
      nameLatin: string;
      region?: string | null;
      website?: string | null;
    }) {
      const id = randomUUID();
      const nameLatin = o.nameLatin;
      orgRows.push({
        id,
        countryCode: o.country,
        kind: o.kind,
        bodyRole: o.bodyRole ?? null,
        name: o.name,
        nameLatin,
        regionCode: o.region ?? null,
        website: o.website ?? null,
        search: foldForSearch(`${o.name} ${nameLatin}`),
      });
      return id;
    },

    /** Adds a unit tree; answers the ids of the units by name. */
    units(
      organisationId: string,
      trees: UnitTree[],
      toLatin: (name: string) => string,
      parent: { id: string; path: string } | null = null,
    ) {
      const ids = new Map<string, string>();
      for (const [name, children] of trees) {
        const id = randomUUID();
        const path = `${parent?.path ?? '/'}${id}/`;
        const nameLatin = toLatin(name);
        unitRows.push({
          id,
          organisationId,
          parentId: parent?.id ?? null,
          name,
          nameLatin,
          path,
          search: foldForSearch(`${name} ${nameLatin}`),
        });
        ids.set(name, id);
        if (children)
          for (const [k, v] of this.units(organisationId, children, toLatin, { id, path })) ids.set(k, v);
      }
      return ids;
    },

    user(
      u: { email: string; name: string; locale: Locale; passwordHash: string },
      roles: Array<{ organisationId: string; role: Role; orgUnitId?: string | null }>,
    ) {
      const id = randomUUID();
      userRows.push({ id, ...u, search: foldForSearch(`${u.name} ${u.email}`) });
      for (const r of roles)
        membershipRows.push({
          userId: id,
          organisationId: r.organisationId,
          role: r.role,
          orgUnitId: r.orgUnitId ?? null,
        });
      return id;
    },

    async flush(tx: Tx) {
      const write = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
        for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
        rows.length = 0;
      };
      await write(orgRows, (b) => tx.insert(organisations).values(b));
      await write(unitRows, (b) => tx.insert(orgUnits).values(b));
      await write(userRows, (b) => tx.insert(users).values(b));
      await write(membershipRows, (b) => tx.insert(memberships).values(b));
    },
  };
}
