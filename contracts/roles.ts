import type { OrgKind, Permission, Role } from './access';

/**
 * How far a permission granted through one membership reaches:
 * `global` everything; `country` every organisation of the membership's country;
 * `organisation` the membership's own organisation; `unit` the membership's org unit and its
 * sub-units; `self` the member's own records. The last two act as `organisation` for a gate and
 * are narrowed by the repositories that hold unit-placed or personal records.
 */
export type Reach = 'global' | 'country' | 'organisation' | 'unit' | 'self';

const lsgKinds: readonly OrgKind[] = ['municipality', 'town', 'city', 'city_municipality'];
const bodyKinds: readonly OrgKind[] = ['national_body'];
const anyKind: readonly OrgKind[] = [...lsgKinds, ...bodyKinds];

type RoleRule = {
  permissions: Partial<Record<Permission, Reach>>;
  /** Kinds of organisation a membership with this role may belong to. */
  orgKinds: readonly OrgKind[];
  /** Roles that a holder of this role may hand out within their reach. */
  grants: readonly Role[];
};

const own = 'organisation' as const;

/** The whole role model as data; policy.ts interprets it, policy.test.ts pins it. */
export const roleRules: Record<Role, RoleRule> = {
  platform_admin: {
    permissions: {
      'countries.read': 'global',
      'organisations.read': 'global',
      'organisations.manage': 'global',
      'org-units.read': 'global',
      'org-units.manage': 'global',
      'users.read': 'global',
      'users.manage': 'global',
      'audit.read': 'global',
      'outbox.read': 'global',
      'positions.read': 'global',
      'positions.manage': 'global',
      'employees.read': 'global',
      'employees.manage': 'global',
      'hr-plans.read': 'global',
      'hr-plans.manage': 'global',
      'reports.read': 'global',
      'competencies.read': 'global',
      'competencies.manage': 'global',
      'appraisals.read': 'global',
      'appraisals.manage': 'global',
      'appraisals.rate': 'global',
      'learning.read': 'global',
      'learning.manage': 'global',
      'learning.enrol': 'global',
      'learning.approve': 'global',
      'learning.attendance': 'global',
      'learning.targets': 'global',
      'advice.ask': 'global',
      'advice.answer': 'global',
      'library.manage': 'global',
      'practices.submit': 'global',
      'practices.moderate': 'global',
      'news.publish': 'global',
      'network.directory': 'global',
    },
    orgKinds: anyKind,
    grants: ['platform_admin', 'national_admin', 'hr_officer', 'manager', 'employee', 'trainer', 'expert'],
  },
  national_admin: {
    permissions: {
      'countries.read': 'global',
      'organisations.read': 'country',
      'organisations.manage': 'country',
      'org-units.read': own,
      'org-units.manage': own,
      'users.read': own,
      'users.manage': own,
      'audit.read': own,
      'outbox.read': own,
      // National bodies read their country's municipalities in aggregate reports only (small cells
      // suppressed); an HR plan counts the people on each title, so it stays with the municipality.
      'reports.read': 'country',
      // The country's competency framework and appraisal rules; appraisals themselves stay local.
      'competencies.read': 'country',
      'competencies.manage': 'country',
      // The body's own catalogue, sessions, trainers and certificates; a training request is
      // decided by the body it was addressed to.
      'learning.read': own,
      'learning.manage': own,
      'learning.attendance': own,
      // The yearly national targets the indicators are measured against.
      'learning.targets': 'country',
      // An association's administrator runs its advisers' queue and laws register.
      'advice.answer': own,
      // A national body publishes handbooks and model acts; the association moderates practices.
      'library.manage': own,
      'practices.moderate': own,
      // News, events and the bulletin of the body; the HR network's directory of practitioners.
      'news.publish': own,
      'network.directory': 'global',
    },
    orgKinds: bodyKinds,
    grants: ['national_admin', 'employee', 'trainer', 'expert'],
  },
  hr_officer: {
    permissions: {
      'countries.read': 'global',
      'organisations.read': own,
      'org-units.read': own,
      'org-units.manage': own,
      'users.read': own,
      'users.manage': own,
      'audit.read': own,
      'outbox.read': own,
      'positions.read': own,
      'positions.manage': own,
      'employees.read': own,
      'employees.manage': own,
      'hr-plans.read': own,
      'hr-plans.manage': own,
      'reports.read': own,
      'competencies.read': own,
      'competencies.manage': own,
      'appraisals.read': own,
      'appraisals.manage': own,
      'appraisals.rate': own,
      'learning.read': own,
      'learning.manage': own,
      'learning.enrol': own,
      'learning.approve': own,
      'learning.attendance': own,
      // Questions to the association's legal advisers, on behalf of the municipality.
      'advice.ask': own,
      // The municipality's own documents (visible to it alone or shared) and its good practices.
      'library.manage': own,
      'practices.submit': own,
      // Colleagues in every member municipality, by their opt-in cards.
      'network.directory': 'global',
    },
    orgKinds: lsgKinds,
    grants: ['hr_officer', 'manager', 'employee'],
  },
  manager: {
    permissions: {
      'countries.read': 'global',
      'organisations.read': own,
      'org-units.read': own,
      'positions.read': own,
      'employees.read': 'unit',
      'competencies.read': own,
      'appraisals.read': 'unit',
      'appraisals.rate': 'unit',
      'learning.read': own,
      'learning.enrol': 'unit',
      'learning.approve': 'unit',
    },
    orgKinds: lsgKinds,
    grants: [],
  },
  employee: {
    permissions: {
      'countries.read': 'global',
      'organisations.read': own,
      'org-units.read': own,
      'positions.read': own,
      'employees.read': 'self',
      'competencies.read': own,
      'appraisals.read': 'self',
      'learning.read': own,
      'learning.enrol': 'self',
    },
    orgKinds: anyKind,
    grants: [],
  },
  trainer: {
    // Attendance only in the sessions they deliver (the sessions service checks the assignment).
    permissions: {
      'countries.read': 'global',
      'organisations.read': own,
      'learning.read': own,
      'learning.attendance': own,
    },
    orgKinds: bodyKinds,
    grants: [],
  },
  expert: {
    // The association's legal advisers: its questions, answers and laws register.
    permissions: {
      'countries.read': 'global',
      'organisations.read': own,
      'learning.read': own,
      'advice.answer': own,
      'library.manage': own,
      'practices.moderate': own,
      'news.publish': own,
      'network.directory': 'global',
    },
    orgKinds: bodyKinds,
    grants: [],
  },
};
