import { and, asc, between, eq, inArray, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { educationLevels } from '../../../contracts/positions';
import type { HeadcountDimension } from '../../../contracts/reports';
import type { Tx } from '../../db/client';
import { organisations } from '../organisations/organisations.tables';
import { employees } from '../people/people.tables';

export type KeyCount = { key: string | null; count: number };

const e = employees;
const textArray = (values: readonly string[]) =>
  sql.raw(`ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`);

/** Completed years on today's date, in the bands of contracts/reports.ts. */
const ageBand = sql<string | null>`case
  when ${e.birthDate} is null then null
  when extract(year from age(current_date, ${e.birthDate})) < 30 then '18-29'
  when extract(year from age(current_date, ${e.birthDate})) < 40 then '30-39'
  when extract(year from age(current_date, ${e.birthDate})) < 50 then '40-49'
  when extract(year from age(current_date, ${e.birthDate})) < 60 then '50-59'
  else '60+' end`;

/** The highest level among the person's education entries (levels are listed lowest first). */
const highestEducation = sql<string | null>`(${textArray(educationLevels)})[(
  select max(array_position(${textArray(educationLevels)}, x->>'level'))
  from jsonb_array_elements(${e.education}) x)]`;

const keyOf: Record<HeadcountDimension, SQL<string | null>> = {
  organisation: sql`${e.organisationId}::text`,
  unit: sql`${e.orgUnitId}::text`,
  title: sql`${e.titleCode}`,
  category: sql`${e.category}`,
  gender: sql`${e.gender}`,
  ageBand,
  education: highestEducation,
  contractType: sql`${e.contractType}`,
};

const yearOf = (column: AnyPgColumn) => sql<string>`extract(year from ${column})::int::text`;

/** People of these organisations per value of `key`: counted by the database, one row per value. */
function countBy(tx: Tx, organisationIds: string[], key: SQL<string | null>, where: SQL | undefined) {
  if (organisationIds.length === 0) return Promise.resolve([] as KeyCount[]);
  return tx
    .select({ key, count: sql<number>`count(*)::int` })
    .from(e)
    .where(and(inArray(e.organisationId, organisationIds), where))
    .groupBy(sql`1`);
}

const yearSpan = (column: AnyPgColumn, from: number, to: number) =>
  and(isNotNull(column), between(column, `${from}-01-01`, `${to}-12-31`));

export const reportsRepo = {
  /** Active employees by one dimension. */
  headcount: (tx: Tx, organisationIds: string[], by: HeadcountDimension) =>
    countBy(tx, organisationIds, keyOf[by], eq(e.status, 'active')),

  /** People by the year of their first hire (`hired_on`), left since or not. */
  joiners: (tx: Tx, organisationIds: string[], from: number, to: number) =>
    countBy(tx, organisationIds, yearOf(e.hiredOn), yearSpan(e.hiredOn, from, to)),

  /** People by the year they left. */
  leavers: (tx: Tx, organisationIds: string[], from: number, to: number) =>
    countBy(tx, organisationIds, yearOf(e.leftOn), yearSpan(e.leftOn, from, to)),

  /** The local governments of a country (national bodies employ no municipal staff). */
  countryOrganisations: (tx: Tx, countryCode: string) =>
    tx
      .select({ id: organisations.id, name: organisations.name, nameLatin: organisations.nameLatin })
      .from(organisations)
      .where(and(eq(organisations.countryCode, countryCode), ne(organisations.kind, 'national_body')))
      .orderBy(asc(organisations.id)),
};
