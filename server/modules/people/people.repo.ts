import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { EmployeeListQuery } from '../../../contracts/people';
import type { Tx } from '../../db/client';
import { collated, containsPattern, readsLatin } from '../../db/collation';
import type { Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { memberships } from '../identity/identity.tables';
import { orgUnits } from '../organisations/organisations.tables';
import { positions } from '../positions/positions.tables';
import { employees, employments } from './people.tables';

export type EmployeeRow = typeof employees.$inferSelect;
export type EmploymentRow = typeof employments.$inferSelect;

/** Employees placed in the subtree of one of these units (paths hold every ancestor's id). */
function inSubtrees(unitIds: string[]): SQL {
  const matches = unitIds.map((id) => sql`u.path like ${`%/${id}/%`}`);
  return sql`exists (select 1 from ${orgUnits} u where u.id = ${employees.orgUnitId}
    and (${sql.join(matches, sql` or `)}))`;
}

/** Personnel files within the reach: whole organisations, unit subtrees, or the actor's own file. */
export function employeeReach(reach: Reach, userId: string): SQL | undefined {
  if (reach.all) return undefined;
  const parts: SQL[] = [];
  if (reach.orgIds.length) parts.push(inArray(employees.organisationId, reach.orgIds));
  if (reach.units.length) parts.push(inSubtrees(reach.units));
  if (reach.selfIn.length)
    parts.push(and(eq(employees.userId, userId), inArray(employees.organisationId, reach.selfIn)) as SQL);
  return parts.length ? or(...parts) : sql`false`;
}

export type DirectoryFilter = Omit<EmployeeListQuery, 'limit' | 'cursor'>;

const sortKeyOf = (locale: Locale) =>
  collated(readsLatin(locale) ? employees.sortNameLatin : employees.sortName, locale);

/** The directory's filters: reach, organisation, unit subtree, title, category, contract, status, `q`. */
function directoryWhere(reach: Reach, userId: string, query: DirectoryFilter): SQL | undefined {
  const q = query.q ? foldForSearch(query.q) : '';
  return and(
    employeeReach(reach, userId),
    query.organisationId ? eq(employees.organisationId, query.organisationId) : undefined,
    query.orgUnitId ? inSubtrees([query.orgUnitId]) : undefined,
    query.titleCode ? eq(employees.titleCode, query.titleCode) : undefined,
    query.category ? eq(employees.category, query.category) : undefined,
    query.contractType ? eq(employees.contractType, query.contractType) : undefined,
    query.status ? eq(employees.status, query.status) : undefined,
    q ? like(employees.search, containsPattern(q)) : undefined,
  );
}

const listColumns = {
  row: employees,
  positionName: positions.name,
  positionNameLatin: positions.nameLatin,
};

export const peopleRepo = {
  ownFiles: (tx: Tx, userId: string) =>
    tx
      .select({ id: employees.id, organisationId: employees.organisationId })
      .from(employees)
      .where(and(eq(employees.userId, userId), eq(employees.status, 'active'))),

  async list(
    tx: Tx,
    reach: Reach,
    userId: string,
    query: EmployeeListQuery,
    locale: Locale,
    after: [string, string] | null,
  ) {
    const sortKey = sortKeyOf(locale);
    return tx
      .select(listColumns)
      .from(employees)
      .leftJoin(positions, eq(positions.id, employees.positionId))
      .where(
        and(
          directoryWhere(reach, userId, query),
          after ? sql`(${sortKey}, ${employees.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(sortKey, asc(employees.id))
      .limit(query.limit + 1);
  },

  /** The whole filtered directory in its order, with unit names, for a spreadsheet. */
  exportRows: (tx: Tx, reach: Reach, userId: string, query: DirectoryFilter, locale: Locale, max: number) =>
    tx
      .select({ ...listColumns, unitName: orgUnits.name, unitNameLatin: orgUnits.nameLatin })
      .from(employees)
      .leftJoin(positions, eq(positions.id, employees.positionId))
      .leftJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId))
      .where(directoryWhere(reach, userId, query))
      .orderBy(sortKeyOf(locale), asc(employees.id))
      .limit(max),

  find: async (tx: Tx, reach: Reach, userId: string, id: string) =>
    (
      await tx
        .select(listColumns)
        .from(employees)
        .leftJoin(positions, eq(positions.id, employees.positionId))
        .where(and(eq(employees.id, id), employeeReach(reach, userId)))
    )[0],

  /** Is `userId` a member of the organisation (so the account can be linked to a file there)? */
  isMember: async (tx: Tx, userId: string, organisationId: string) =>
    (
      await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
        .limit(1)
    ).length > 0,

  findByNationalId: async (tx: Tx, organisationId: string, nationalId: string) =>
    (
      await tx
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.organisationId, organisationId), eq(employees.nationalId, nationalId)))
    )[0],

  insert: async (tx: Tx, values: typeof employees.$inferInsert) =>
    (await tx.insert(employees).values(values).returning())[0] as EmployeeRow,

  update: (tx: Tx, id: string, values: Partial<typeof employees.$inferInsert>) =>
    tx
      .update(employees)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(employees.id, id)),

  employmentsOf: (tx: Tx, employeeId: string) =>
    tx
      .select({ row: employments, positionName: positions.name, positionNameLatin: positions.nameLatin })
      .from(employments)
      .innerJoin(positions, eq(positions.id, employments.positionId))
      .where(eq(employments.employeeId, employeeId))
      .orderBy(desc(employments.startsOn), desc(employments.createdAt)),

  insertEmployment: async (tx: Tx, values: typeof employments.$inferInsert) =>
    (await tx.insert(employments).values(values).returning())[0] as EmploymentRow,

  /** Ends the records still running on `endsOn` (a fixed-term end later than that is cut short). */
  closeOpen: (tx: Tx, employeeId: string, endsOn: string) =>
    tx
      .update(employments)
      .set({ endsOn: sql`greatest(${employments.startsOn}, ${endsOn}::date)` })
      .where(
        and(
          eq(employments.employeeId, employeeId),
          sql`(${employments.endsOn} is null or ${employments.endsOn} >= ${endsOn}::date)`,
        ),
      ),

  /**
   * When a new act is adopted, everyone on a position that the act copied moves to the copy: the
   * running record ends the day before, a reassignment record starts on the act's date of effect.
   * Answers how many people moved.
   */
  async reassignToCopies(
    tx: Tx,
    m: { versionId: string; startsOn: string; endsOn: string; actNumber: string; actDate: string },
  ): Promise<number> {
    // Both drivers answer { rows }; the union of their result types does not say so.
    const result = (await tx.execute(sql`
      with moves as (
        select e.id as employee_id, e.organisation_id, p.id as position_id, p.org_unit_id, p.category,
               p.title_code, cur.id as record_id, cur.contract_type, cur.working_time, cur.ends_on
        from ${employees} e
        join ${positions} p on p.source_id = e.position_id and p.systematisation_id = ${m.versionId}
        join lateral (
          select * from ${employments} r
          where r.employee_id = e.id and (r.ends_on is null or r.ends_on >= ${m.startsOn}::date)
          order by r.starts_on desc limit 1
        ) cur on true
        where e.status = 'active'
      ), closed as (
        update ${employments} r set ends_on = greatest(r.starts_on, ${m.endsOn}::date)
        from moves where r.id = moves.record_id returning r.id
      ), opened as (
        insert into ${employments} (organisation_id, employee_id, kind, position_id, org_unit_id, category,
          title_code, contract_type, working_time, starts_on, ends_on, act_number, act_date)
        select organisation_id, employee_id, 'reassignment', position_id, org_unit_id, category, title_code,
          contract_type, working_time, ${m.startsOn}::date, ends_on, ${m.actNumber}, ${m.actDate}::date
        from moves returning employee_id
      )
      update ${employees} e set position_id = moves.position_id, org_unit_id = moves.org_unit_id,
        category = moves.category, title_code = moves.title_code, updated_at = now()
      from moves where e.id = moves.employee_id
      returning e.id`)) as { rows: unknown[] };
    return result.rows.length;
  },
};
