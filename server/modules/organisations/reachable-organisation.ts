import type { Permission } from '../../../contracts/access';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { notFound } from '../../platform/errors';
import { organisationsRepo } from './organisations.repo';

/**
 * The organisation a municipal record belongs to, if `permission` reaches it. Another tenant's id
 * answers 404, so a probe cannot tell a foreign organisation from one that does not exist.
 */
export async function reachableOrganisation(tx: Tx, actor: Actor, id: string, permission: Permission) {
  const org = await organisationsRepo.find(tx, reachOf(actor, permission), id);
  if (!org) throw notFound('organisation');
  access.require(actor, permission, { organisationId: org.id, countryCode: org.countryCode });
  return org;
}
