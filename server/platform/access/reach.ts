import { inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Permission } from '../../../contracts/access';
import { roleRules } from '../../../contracts/roles';
import type { Actor } from './actor';

/**
 * Where a permission reaches for this actor, as a filter a repository can apply. `units` (subtrees
 * rooted at these org units) and `selfIn` (the actor's own records in these organisations) matter
 * only to repositories of unit-placed or personal records; the others see just `orgIds`.
 */
export type Reach = {
  all: boolean;
  orgIds: string[];
  countries: string[];
  units: string[];
  selfIn: string[];
};

export function reachOf(actor: Actor, permission: Permission): Reach {
  const reach: Reach = { all: false, orgIds: [], countries: [], units: [], selfIn: [] };
  for (const m of actor.memberships) {
    const r = roleRules[m.role].permissions[permission];
    if (r === 'global') reach.all = true;
    else if (r === 'country') reach.countries.push(m.countryCode);
    else if (r === 'organisation') reach.orgIds.push(m.organisationId);
    // A manager placed in no unit manages nobody's records.
    else if (r === 'unit' && m.orgUnitId) reach.units.push(m.orgUnitId);
    else if (r === 'self') reach.selfIn.push(m.organisationId);
  }
  return reach;
}

/** The SQL filter "organisation column within the reach's organisations" (none → no rows). */
export function inReachOrgs(column: AnyPgColumn, reach: Reach): SQL | undefined {
  if (reach.all) return undefined;
  return reach.orgIds.length ? inArray(column, reach.orgIds) : sql`false`;
}

/** Does the reach cover this organisation as a whole (not just a unit or the actor's own records)? */
export const coversOrganisation = (reach: Reach, organisationId: string) =>
  reach.all || reach.orgIds.includes(organisationId);
