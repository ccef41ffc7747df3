import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RequiredCompetency } from '../../../contracts/competencies';
import { organisations, orgUnits } from '../organisations/organisations.tables';

/** A version of the act on organisation and systematisation of jobs (pravilnik). */
export const systematisations = pgTable(
  'systematisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    actDate: date('act_date'),
    validFrom: date('valid_from'),
    /** draft → adopted → superseded (when a later version is adopted). */
    status: text('status').notNull().default('draft'),
    notes: text('notes'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('systematisations_org_idx').on(t.organisationId, t.status)],
);

export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    systematisationId: uuid('systematisation_id')
      .notNull()
      .references(() => systematisations.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The position of the previous version this one was copied from: adoption moves its occupants. */
    sourceId: uuid('source_id'),
    code: text('code'),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    category: text('category').notNull(),
    titleCode: text('title_code').notNull(),
    executors: integer('executors').notNull().default(1),
    description: text('description'),
    requiredEducation: text('required_education'),
    requiredCompetencies: jsonb('required_competencies')
      .$type<RequiredCompetency[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_version_idx').on(t.systematisationId, t.orgUnitId),
    index('positions_org_idx').on(t.organisationId),
  ],
);
