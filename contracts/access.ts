import { z } from 'zod';

export const roles = [
  'platform_admin',
  'national_admin',
  'hr_officer',
  'manager',
  'employee',
  'trainer',
  'expert',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const permissions = [
  'countries.read',
  'organisations.read',
  'organisations.manage',
  'org-units.read',
  'org-units.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'outbox.read',
  'positions.read',
  'positions.manage',
  'employees.read',
  'employees.manage',
  'hr-plans.read',
  'hr-plans.manage',
  'reports.read',
  'competencies.read',
  'competencies.manage',
  'appraisals.read',
  'appraisals.manage',
  'appraisals.rate',
  'learning.read',
  'learning.manage',
  'learning.enrol',
  'learning.approve',
  'learning.attendance',
  'learning.targets',
  'advice.ask',
  'advice.answer',
  'library.manage',
  'practices.submit',
  'practices.moderate',
  'news.publish',
  'network.directory',
] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = z.infer<typeof permissionSchema>;

export const orgKinds = ['municipality', 'town', 'city', 'city_municipality', 'national_body'] as const;
export const orgKindSchema = z.enum(orgKinds);
export type OrgKind = z.infer<typeof orgKindSchema>;

export const bodyRoles = ['training_academy', 'association', 'ministry', 'council'] as const;
export const bodyRoleSchema = z.enum(bodyRoles);
export type BodyRole = z.infer<typeof bodyRoleSchema>;

export const locales = ['sr-Cyrl', 'sr-Latn', 'bg', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
