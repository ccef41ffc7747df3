import type { OrgKind, Permission, Role } from '../../../contracts/access';
import { roleRules } from '../../../contracts/roles';
import type { DbScope } from '../../db/tenancy';
import { AppError } from '../errors';
import type { Actor, ActorMembership } from './actor';

/** What an action touches. Omit it to ask "may the actor do this anywhere?" (a route's gate). */
export type Target = { organisationId: string; countryCode: string };

function reaches(m: ActorMembership, permission: Permission, target: Target | undefined): boolean {
  const reach = roleRules[m.role].permissions[permission];
  if (!reach) return false;
  if (!target || reach === 'global') return true;
  if (reach === 'country') return target.countryCode === m.countryCode;
  return target.organisationId === m.organisationId;
}

export function can(actor: Actor, permission: Permission, target?: Target): boolean {
  return actor.memberships.some((m) => reaches(m, permission, target));
}

/** Throws 403 when the actor may not; services call it on their first line. */
export function require(actor: Actor, permission: Permission, target?: Target): void {
  if (!can(actor, permission, target)) throw new AppError(403, 'forbidden', { permission });
}

/** May `actor` give `role` in an organisation of `kind` described by `target`? */
export function canGrant(actor: Actor, role: Role, target: Target, kind: OrgKind): boolean {
  if (!roleRules[role].orgKinds.includes(kind)) return false;
  return actor.memberships.some(
    (m) => roleRules[m.role].grants.includes(role) && reaches(m, 'users.manage', target),
  );
}

/** Every permission the actor holds somewhere: the web shows navigation from it. */
export function permissionsOf(actor: Actor): Permission[] {
  const held = new Set<Permission>();
  for (const m of actor.memberships) {
    for (const p of Object.keys(roleRules[m.role].permissions) as Permission[]) held.add(p);
  }
  return [...held].sort();
}

/** The row-level-security scope of the actor: the second, independent tenancy fence. */
export function scopeOf(actor: Actor): DbScope {
  const all = actor.memberships.some((m) => m.role === 'platform_admin');
  const countries = actor.memberships.filter((m) => m.role === 'national_admin').map((m) => m.countryCode);
  return {
    all,
    userId: actor.userId,
    orgIds: [...new Set(actor.memberships.map((m) => m.organisationId))],
    countries: [...new Set(countries)],
  };
}
