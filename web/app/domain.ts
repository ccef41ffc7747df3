import type { BodyRole, Locale, OrgKind, Role } from '../../contracts/access';

// The lists mirror contracts/access.ts; the Record types make the compiler flag a missing or extra value.
const roleSet: Record<Role, true> = {
  platform_admin: true,
  national_admin: true,
  hr_officer: true,
  manager: true,
  employee: true,
  trainer: true,
  expert: true,
};
export const roles = Object.keys(roleSet) as Role[];

const kindSet: Record<OrgKind, true> = {
  municipality: true,
  town: true,
  city: true,
  city_municipality: true,
  national_body: true,
};
export const orgKinds = Object.keys(kindSet) as OrgKind[];

const bodyRoleSet: Record<BodyRole, true> = {
  training_academy: true,
  association: true,
  ministry: true,
  council: true,
};
export const bodyRoles = Object.keys(bodyRoleSet) as BodyRole[];

const localeSet: Record<Locale, true> = { 'sr-Cyrl': true, 'sr-Latn': true, bg: true, en: true };
export const localeValues = Object.keys(localeSet) as Locale[];

export const outboxStatuses = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** Entity types the server writes to the audit log (server/modules/*: recordAudit). */
export const auditEntityTypes = ['organisation', 'org_unit', 'user'] as const;
