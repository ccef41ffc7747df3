import { and, asc, eq, isNull } from 'drizzle-orm';
import { type Locale, localeSchema } from '../../contracts/access';
import type { Tx } from '../db/client';
import { competencies } from '../modules/competencies/competencies.tables';
import { memberships, users } from '../modules/identity/identity.tables';
import { orgUnits } from '../modules/organisations/organisations.tables';
import { employees } from '../modules/people/people.tables';
import { employeeNames } from '../modules/people/person-names';
import { positions } from '../modules/positions/positions.tables';

/** An active official as an enrolment copies them, with their unit (for approvals and relevance). */
export type Staffer = {
  id: string;
  organisationId: string;
  userId: string | null;
  name: string;
  nameLatin: string;
  gender: string | null;
  jobTitle: string | null;
  category: string | null;
  hiredOn: string | null;
  unitName: string;
  unitPath: string;
};

/** A demo login: who approves, enrols, takes attendance and asks. */
export type Account = {
  id: string;
  name: string;
  locale: Locale;
  organisationId: string;
  role: string;
  unitPath: string | null;
};

/** What the learning seed reads back from the demo already written. */
export type LearningPeople = {
  accounts: ReadonlyMap<string, Account>;
  /** Active staff by organisation id, in a stable order (national ID). */
  staff: ReadonlyMap<string, readonly Staffer[]>;
  /** The country frameworks' competencies by `RS:rs_b5_integrity`. */
  competencyIds: ReadonlyMap<string, string>;
};

export async function loadLearningPeople(tx: Tx): Promise<LearningPeople> {
  const accountRows = await tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      organisationId: memberships.organisationId,
      role: memberships.role,
      unitPath: orgUnits.path,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId));
  const staffRows = await tx
    .select({
      id: employees.id,
      organisationId: employees.organisationId,
      userId: employees.userId,
      givenName: employees.givenName,
      familyName: employees.familyName,
      givenNameLatin: employees.givenNameLatin,
      familyNameLatin: employees.familyNameLatin,
      gender: employees.gender,
      jobTitle: positions.name,
      category: employees.category,
      hiredOn: employees.hiredOn,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
    })
    .from(employees)
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId))
    .where(eq(employees.status, 'active'))
    // Ids are random; the national IDs the staff seed draws are not, so the order is stable.
    .orderBy(asc(employees.nationalId));
  const frameworks = await tx
    .select({ id: competencies.id, code: competencies.code, country: competencies.countryCode })
    .from(competencies)
    .where(and(isNull(competencies.organisationId), eq(competencies.active, true)));

  const staff = new Map<string, Staffer[]>();
  for (const r of staffRows) {
    const { employeeName, employeeNameLatin } = employeeNames(r);
    const list = staff.get(r.organisationId) ?? [];
    list.push({
      id: r.id,
      organisationId: r.organisationId,
      userId: r.userId,
      name: employeeName,
      nameLatin: employeeNameLatin,
      gender: r.gender,
      jobTitle: r.jobTitle,
      category: r.category,
      hiredOn: r.hiredOn,
      unitName: r.unitName ?? '',
      unitPath: r.unitPath ?? '',
    });
    staff.set(r.organisationId, list);
  }
  return {
    accounts: new Map(
      accountRows.map(({ email, locale, ...a }) => [
        email,
        { ...a, locale: localeSchema.catch('sr-Cyrl').parse(locale) },
      ]),
    ),
    staff,
    competencyIds: new Map(frameworks.map((c) => [`${c.country}:${c.code}`, c.id])),
  };
}
