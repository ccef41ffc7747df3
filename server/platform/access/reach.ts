import { inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../../../contracts/access';
import { roleRules } from '../../../contracts/roles';
import type { Actor } from './actor';

/** Where a permission reaches for this actor, as a filter a repository can apply. */
export type Reach = { all: boolean; orgIds: string[]; countries: string[] };

export function reachOf(actor: Actor, permission: Permission): Reach {
  const reach: Reach = { all: false, orgIds: [], countries: [] };
  for (const m of actor.memberships) {
    const r = roleRules[m.role].permissions[permission];
    if (r === 'global') reach.all = true;
    else if (r === 'country') reach.countries.push(m.countryCode);
    else if (r === 'organisation') reach.orgIds.push(m.organisationId);
  }
  return reach;
}

/** The SQL filter "organisation column within the reach's organisations" (none → no rows). */
export function inReachOrgs(column: AnyPgColumn, reach: Reach): SQL | undefined {
  if (reach.all) return undefined;
  return reach.orgIds.length ? inArray(column, reach.orgIds) : sql`false`;
}
