import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EducationEntry, ExamEntry, LanguageEntry } from '../../../contracts/people';
import { users } from '../identity/identity.tables';
import { organisations, orgUnits } from '../organisations/organisations.tables';
import { positions } from '../positions/positions.tables';

/**
 * A personnel file. The current employment (unit, position, title, contract) is copied onto the
 * row by the service whenever the employment history changes, so the directory filters and sorts
 * one table.
 */
export const employees = pgTable(
  'employees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    givenNameLatin: text('given_name_latin').notNull(),
    familyNameLatin: text('family_name_latin').notNull(),
    /** "family given" in each script: the directory's sort keys. */
    sortName: text('sort_name').notNull(),
    sortNameLatin: text('sort_name_latin').notNull(),
    nationalId: text('national_id').notNull(),
    birthDate: date('birth_date'),
    gender: text('gender'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    education: jsonb('education').$type<EducationEntry[]>().notNull(),
    exams: jsonb('exams').$type<ExamEntry[]>().notNull(),
    languages: jsonb('languages').$type<LanguageEntry[]>().notNull(),
    status: text('status').notNull().default('active'),
    leftOn: date('left_on'),
    leaveReason: text('leave_reason'),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    positionId: uuid('position_id').references(() => positions.id),
    category: text('category'),
    titleCode: text('title_code'),
    contractType: text('contract_type'),
    hiredOn: date('hired_on'),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employees_national_id_idx').on(t.organisationId, t.nationalId),
    index('employees_user_idx').on(t.userId),
    index('employees_unit_idx').on(t.orgUnitId),
    index('employees_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

/**
 * The columns every record of a personnel file starts with: its own id, the tenant (for row-level
 * security) and the file, both dropped with their owner. A function: each table needs its own builders.
 */
export const employeeRecordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  employeeId: uuid('employee_id')
    .notNull()
    .references(() => employees.id, { onDelete: 'cascade' }),
});

/** The employment history: every hire, promotion, transfer and reassignment, with its act. */
export const employments = pgTable(
  'employments',
  {
    ...employeeRecordColumns(),
    kind: text('kind').notNull(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    category: text('category').notNull(),
    titleCode: text('title_code').notNull(),
    contractType: text('contract_type').notNull(),
    workingTime: integer('working_time').notNull().default(100),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    actNumber: text('act_number'),
    actDate: date('act_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employments_employee_idx').on(t.employeeId, t.startsOn),
    index('employments_position_idx').on(t.positionId),
  ],
);
