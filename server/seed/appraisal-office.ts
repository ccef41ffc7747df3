import { inArray } from 'drizzle-orm';
import type { AppraisalRules } from '../../contracts/appraisal-rules';
import type { CompetencyGroup, RequiredCompetency } from '../../contracts/competencies';
import type { Tx } from '../db/client';
import {
  type Appraisable,
  competenciesFor,
  groupOf,
  hiredBy,
  type RaterCandidate,
  raterFor,
} from '../modules/appraisals/appraisal-opening';
import { appraisalsRepo } from '../modules/appraisals/appraisals.repo';
import { type CompetencyRow, competenciesRepo } from '../modules/competencies/competencies.repo';
import { rulesOf } from '../modules/competencies/competencies.service';
import { orgUnits } from '../modules/organisations/organisations.tables';
import { employees, employments } from '../modules/people/people.tables';
import { positions } from '../modules/positions/positions.tables';
import { storedPack } from '../packs/stored-pack';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

type JobRecord = {
  positionId: string;
  orgUnitId: string;
  category: string;
  titleCode: string;
  startsOn: string;
  endsOn: string | null;
};

type PersonOnFile = {
  id: string;
  userId: string | null;
  email: string | null;
  hiredOn: string | null;
  jobs: JobRecord[];
};

/**
 * A municipality as the appraisal seeds read it back after its staff is written: the country's
 * stored rules and framework, who may rate, its units, and everyone on file with their jobs over time.
 */
export type AppraisalOffice = {
  organisationId: string;
  rules: AppraisalRules;
  framework: CompetencyRow[];
  raters: RaterCandidate[];
  units: Map<string, { name: string; path: string; parentId: string | null }>;
  required: Map<string, RequiredCompetency[]>;
  people: PersonOnFile[];
};

/** An official appraised in a year: the job held on the day that judges the year, and what follows from it. */
export type Official = {
  employeeId: string;
  email: string | null;
  orgUnitId: string;
  positionId: string;
  category: string;
  titleCode: string;
  group: CompetencyGroup;
  raterUserId: string | null;
  competencies: Array<{ competency: CompetencyRow; requiredLevel: number | null }>;
};

/**
 * The offices of `organisationIds` (all of `countryCode`), read with one query per kind of row for
 * the lot: a synthetic country reads two hundred municipalities in ten rounds, not two thousand queries.
 */
export async function loadAppraisalOffices(
  tx: Tx,
  countryCode: string,
  organisationIds: readonly string[],
): Promise<AppraisalOffice[]> {
  // One query at a time: a transaction is one connection.
  const rules = rulesOf(await storedPack(tx, countryCode), countryCode);
  const ids = [...organisationIds];
  const unitRows = await tx
    .select({
      id: orgUnits.id,
      organisationId: orgUnits.organisationId,
      name: orgUnits.name,
      path: orgUnits.path,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(inArray(orgUnits.organisationId, ids));
  const jobRows = await tx
    .select({ id: positions.id, required: positions.requiredCompetencies })
    .from(positions)
    .where(inArray(positions.organisationId, ids));
  const people = await tx
    .select({
      id: employees.id,
      organisationId: employees.organisationId,
      userId: employees.userId,
      email: employees.email,
      hiredOn: employees.hiredOn,
    })
    .from(employees)
    .where(inArray(employees.organisationId, ids));
  const records = await tx
    .select({
      employeeId: employments.employeeId,
      positionId: employments.positionId,
      orgUnitId: employments.orgUnitId,
      category: employments.category,
      titleCode: employments.titleCode,
      startsOn: employments.startsOn,
      endsOn: employments.endsOn,
    })
    .from(employments)
    .where(inArray(employments.organisationId, ids));
  const jobsOf = groupBy(records, (r) => r.employeeId);
  const unitsOf = groupBy(unitRows, (u) => u.organisationId);
  const peopleOf = groupBy(people, (p) => p.organisationId);
  const required = new Map(jobRows.map((p) => [p.id, p.required]));
  const offices: AppraisalOffice[] = [];
  for (const organisationId of ids)
    offices.push({
      organisationId,
      rules,
      framework: await competenciesRepo.list(tx, countryCode, organisationId, true),
      raters: await appraisalsRepo.raters(tx, organisationId),
      units: new Map((unitsOf.get(organisationId) ?? []).map((u) => [u.id, u])),
      required,
      people: (peopleOf.get(organisationId) ?? []).map((p) => ({ ...p, jobs: jobsOf.get(p.id) ?? [] })),
    });
  return offices;
}

/**
 * Who is appraised for `year`, as opening its cycle picks them: hired by the rules' cut-off and, on
 * `on` (the year's last day, or today for the year under way), holding a job of a category the
 * rules appraise. Group, rater and competencies follow from that job as the service sets them.
 */
export function officialsOf(office: AppraisalOffice, year: number, on: string): Official[] {
  const { rules } = office;
  const cutOff = hiredBy(rules, year);
  const officials: Official[] = [];
  for (const person of office.people) {
    if (!person.hiredOn || person.hiredOn > cutOff) continue;
    const job = person.jobs.find((j) => j.startsOn <= on && (j.endsOn === null || j.endsOn >= on));
    if (!job || !rules.categories.includes(job.category as (typeof rules.categories)[number])) continue;
    const required = office.required.get(job.positionId) ?? [];
    const appraisable: Appraisable = {
      id: person.id,
      userId: person.userId,
      unitPath: office.units.get(job.orgUnitId)?.path ?? null,
      category: job.category,
      required,
    };
    const group = groupOf(appraisable, office.raters);
    officials.push({
      employeeId: person.id,
      email: person.email,
      orgUnitId: job.orgUnitId,
      positionId: job.positionId,
      category: job.category,
      titleCode: job.titleCode,
      group,
      raterUserId: raterFor(appraisable, office.raters),
      competencies: competenciesFor(group, office.framework, required),
    });
  }
  return officials;
}

/** A unit's name and those of the units enclosing it, nearest first. */
export function unitNamesOf(office: AppraisalOffice, orgUnitId: string): string[] {
  const names: string[] = [];
  for (
    let unit = office.units.get(orgUnitId);
    unit;
    unit = unit.parentId ? office.units.get(unit.parentId) : undefined
  )
    names.push(unit.name);
  return names;
}
