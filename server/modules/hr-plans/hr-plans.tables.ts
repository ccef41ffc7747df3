import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, orgUnits } from '../organisations/organisations.tables';
import { systematisations } from '../positions/positions.tables';

/** The yearly HR plan (kadrovski plan) of a municipality, adopted with its budget. */
export const hrPlans = pgTable(
  'hr_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** The act on systematisation the plan was generated from. */
    systematisationId: uuid('systematisation_id').references(() => systematisations.id),
    status: text('status').notNull().default('draft'),
    actNumber: text('act_number'),
    notes: text('notes'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('hr_plans_org_year_idx').on(t.organisationId, t.year)],
);

/** One line per title (and unit, when planned per unit): staff now, jobs in the act, planned hires. */
export const hrPlanLines = pgTable(
  'hr_plan_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => hrPlans.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    category: text('category').notNull(),
    titleCode: text('title_code').notNull(),
    /** Executors the act foresees for this title, when the plan was generated. */
    positions: integer('positions').notNull().default(0),
    /** People employed on 31 December of the previous year, by contract. */
    currentPermanent: integer('current_permanent').notNull().default(0),
    currentFixedTerm: integer('current_fixed_term').notNull().default(0),
    plannedPermanent: integer('planned_permanent').notNull().default(0),
    plannedFixedTerm: integer('planned_fixed_term').notNull().default(0),
    plannedTrainees: integer('planned_trainees').notNull().default(0),
    note: text('note'),
  },
  (t) => [index('hr_plan_lines_plan_idx').on(t.planId)],
);
