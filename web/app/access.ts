import type { OrgKind, Permission, Role } from '../../contracts/access';
import type { Me } from '../../contracts/identity';
// The role model is plain data (no server code): the web reads the same table the policy enforces,
// so buttons appear exactly where the server would allow the action.
import { roleRules } from '../../contracts/roles';
import { roles } from './domain';

export type AccessTarget = { organisationId: string; countryCode: string };

type MembershipLike = Me['memberships'][number];

function reaches(m: MembershipLike, permission: Permission, target: AccessTarget | undefined): boolean {
  const reach = roleRules[m.role].permissions[permission];
  if (!reach) return false;
  if (!target || reach === 'global') return true;
  if (reach === 'country') return target.countryCode === m.countryCode;
  return target.organisationId === m.organisationId;
}

/** May the signed-in person do this (anywhere, or on this organisation)? Mirrors server policy `can`. */
export function canOn(me: Me, permission: Permission, target?: AccessTarget): boolean {
  return me.memberships.some((m) => reaches(m, permission, target));
}

/** Roles the person may hand out in this organisation (its kind allows them, and they may grant them). */
export function grantableRoles(me: Me, target: AccessTarget, kind: OrgKind): Role[] {
  return roles.filter(
    (role) =>
      roleRules[role].orgKinds.includes(kind) &&
      me.memberships.some(
        (m) => roleRules[m.role].grants.includes(role) && reaches(m, 'users.manage', target),
      ),
  );
}
