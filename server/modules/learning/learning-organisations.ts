import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { AppError } from '../../platform/errors';
import { organisationsRepo } from '../organisations/organisations.repo';
import { organisations } from '../organisations/organisations.tables';

export type OrganisationFacts = { name: string; nameLatin: string; countryCode: string; kind: string };

/**
 * Names, country and kind of organisations, read in the caller's transaction: organisation rows are
 * readable in every scope since db/migrations/0019, so signed-in readers (whatever the tenant) and
 * the public pages (system scope) name an owner alike.
 */
export async function organisationFacts(
  tx: Tx,
  ids: ReadonlyArray<string | null>,
): Promise<Map<string, OrganisationFacts>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      nameLatin: organisations.nameLatin,
      countryCode: organisations.countryCode,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(inArray(organisations.id, wanted));
  return new Map(rows.map(({ id, ...facts }) => [id, facts]));
}

const unknown: OrganisationFacts = { name: '', nameLatin: '', countryCode: '', kind: '' };

/** The facts of one organisation of a map from `organisationFacts` (empty if it has gone). */
export const factsOf = (facts: Map<string, OrganisationFacts>, id: string) => facts.get(id) ?? unknown;

/**
 * An organisation whose learning records the actor manages. The record naming it is already
 * visible to the actor, so a foreign organisation answers 403, not 404.
 */
export async function managedOrganisation(tx: Tx, actor: Actor, id: string) {
  const org = await organisationsRepo.find(tx, reachOf(actor, 'learning.manage'), id);
  if (!org) throw new AppError(403, 'forbidden', { permission: 'learning.manage' });
  access.require(actor, 'learning.manage', { organisationId: org.id, countryCode: org.countryCode });
  return org;
}
