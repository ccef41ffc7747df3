import { describe, expect, it } from 'vitest';
import { type Permission, permissions, type Role, roles } from '../../../contracts/access';
import type { Actor } from './actor';
import { can, canGrant, scopeOf } from './policy';

const own = { organisationId: 'org-own', countryCode: 'RS' };
const sameCountry = { organisationId: 'org-other', countryCode: 'RS' };
const otherCountry = { organisationId: 'org-far', countryCode: 'BG' };

const actorWith = (role: Role): Actor => ({
  userId: 'u',
  email: 'u@x',
  name: 'U',
  locale: 'en',
  preferredLocale: 'en',
  requestId: 'r',
  memberships: [
    {
      id: 'm',
      organisationName: 'Own',
      organisationNameLatin: 'Own',
      organisationId: 'org-own',
      countryCode: 'RS',
      orgKind: role === 'hr_officer' || role === 'manager' ? 'city' : 'national_body',
      role,
      orgUnitId: null,
    },
  ],
});

/** The whole matrix: for each role and permission, may it act on its own org, a same-country org, a foreign one. */
const expected: Record<Role, Partial<Record<Permission, string>>> = {
  platform_admin: Object.fromEntries(permissions.map((p) => [p, 'own country foreign'])),
  national_admin: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own country',
    'organisations.manage': 'own country',
    'org-units.read': 'own',
    'org-units.manage': 'own',
    'users.read': 'own',
    'users.manage': 'own',
    'audit.read': 'own',
    'outbox.read': 'own',
    'reports.read': 'own country',
    'competencies.read': 'own country',
    'competencies.manage': 'own country',
    'learning.read': 'own',
    'learning.manage': 'own',
    'learning.attendance': 'own',
    'learning.targets': 'own country',
    'advice.answer': 'own',
    'library.manage': 'own',
    'practices.moderate': 'own',
    'news.publish': 'own',
    'network.directory': 'own country foreign',
  },
  hr_officer: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own',
    'org-units.read': 'own',
    'org-units.manage': 'own',
    'users.read': 'own',
    'users.manage': 'own',
    'audit.read': 'own',
    'outbox.read': 'own',
    'positions.read': 'own',
    'positions.manage': 'own',
    'employees.read': 'own',
    'employees.manage': 'own',
    'hr-plans.read': 'own',
    'hr-plans.manage': 'own',
    'reports.read': 'own',
    'competencies.read': 'own',
    'competencies.manage': 'own',
    'appraisals.read': 'own',
    'appraisals.manage': 'own',
    'appraisals.rate': 'own',
    'learning.read': 'own',
    'learning.manage': 'own',
    'learning.enrol': 'own',
    'learning.approve': 'own',
    'learning.attendance': 'own',
    'advice.ask': 'own',
    'library.manage': 'own',
    'practices.submit': 'own',
    'network.directory': 'own country foreign',
  },
  manager: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own',
    'org-units.read': 'own',
    'positions.read': 'own',
    'employees.read': 'own',
    'competencies.read': 'own',
    'appraisals.read': 'own',
    'appraisals.rate': 'own',
    'learning.read': 'own',
    'learning.enrol': 'own',
    'learning.approve': 'own',
  },
  employee: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own',
    'org-units.read': 'own',
    'positions.read': 'own',
    'employees.read': 'own',
    'competencies.read': 'own',
    'appraisals.read': 'own',
    'learning.read': 'own',
    'learning.enrol': 'own',
  },
  trainer: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own',
    'learning.read': 'own',
    'learning.attendance': 'own',
  },
  expert: {
    'countries.read': 'own country foreign',
    'organisations.read': 'own',
    'learning.read': 'own',
    'advice.answer': 'own',
    'library.manage': 'own',
    'practices.moderate': 'own',
    'news.publish': 'own',
    'network.directory': 'own country foreign',
  },
};

describe('policy matrix', () => {
  const rows = roles.flatMap((role) => permissions.map((permission) => [role, permission] as const));
  it.each(rows)('%s × %s', (role, permission) => {
    const actor = actorWith(role);
    const reach = [
      can(actor, permission, own) ? 'own' : '',
      can(actor, permission, sameCountry) ? 'country' : '',
      can(actor, permission, otherCountry) ? 'foreign' : '',
    ]
      .filter(Boolean)
      .join(' ');
    expect(reach).toBe(expected[role][permission] ?? '');
  });
});

describe('granting roles', () => {
  it('lets an HR officer give municipal roles in their own municipality only', () => {
    const hr = actorWith('hr_officer');
    expect(canGrant(hr, 'employee', own, 'city')).toBe(true);
    expect(canGrant(hr, 'manager', own, 'city')).toBe(true);
    expect(canGrant(hr, 'platform_admin', own, 'city')).toBe(false);
    expect(canGrant(hr, 'national_admin', own, 'city')).toBe(false);
    expect(canGrant(hr, 'employee', sameCountry, 'city')).toBe(false);
  });
  it('keeps roles to the kinds of organisation they belong to', () => {
    const admin = actorWith('platform_admin');
    expect(canGrant(admin, 'trainer', own, 'municipality')).toBe(false);
    expect(canGrant(admin, 'trainer', own, 'national_body')).toBe(true);
    expect(canGrant(admin, 'hr_officer', otherCountry, 'municipality')).toBe(true);
  });
});

describe('row-level-security scope', () => {
  it('sets countries only for national admins and all only for platform admins', () => {
    expect(scopeOf(actorWith('national_admin'))).toMatchObject({
      all: false,
      orgIds: ['org-own'],
      countries: ['RS'],
    });
    expect(scopeOf(actorWith('hr_officer'))).toMatchObject({ all: false, countries: [] });
    expect(scopeOf(actorWith('platform_admin')).all).toBe(true);
  });
});
