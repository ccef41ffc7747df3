import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import { competencies } from '../competencies/competencies.tables';
import { users } from '../identity/identity.tables';
import { organisations, orgUnits } from '../organisations/organisations.tables';
import { employeeRecordColumns } from '../people/people.tables';
import { positions } from '../positions/positions.tables';

/** One municipality's appraisal year, with the country's rules as they stood when it opened. */
export const appraisalCycles = pgTable(
  'appraisal_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('open'),
    goalsDue: date('goals_due').notNull(),
    interimDue: date('interim_due').notNull(),
    finalDue: date('final_due').notNull(),
    rules: jsonb('rules').$type<AppraisalRules>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('appraisal_cycles_org_year_idx').on(t.organisationId, t.year)],
);

/** One official's appraisal in a cycle: the job as it was, the rater, each step's record. */
export const appraisals = pgTable(
  'appraisals',
  {
    ...employeeRecordColumns(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => appraisalCycles.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind').notNull().default('regular'),
    extraordinaryOf: uuid('extraordinary_of'),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    positionId: uuid('position_id').references(() => positions.id),
    category: text('category'),
    titleCode: text('title_code'),
    group: text('group').notNull(),
    raterUserId: uuid('rater_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull().default('draft'),
    dueOn: date('due_on'),
    /** When the person who must act was last reminded of the step (at most weekly). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    goalsProposedAt: timestamp('goals_proposed_at', { withTimezone: true }),
    goalsAcknowledgedAt: timestamp('goals_acknowledged_at', { withTimezone: true }),
    interimAt: timestamp('interim_at', { withTimezone: true }),
    interimComment: text('interim_comment'),
    officialInterimComment: text('official_interim_comment'),
    raterComment: text('rater_comment'),
    officialComment: text('official_comment'),
    trainingNeeds: text('training_needs'),
    score: numeric('score', { precision: 4, scale: 2, mode: 'number' }),
    ratedGrade: integer('rated_grade'),
    /** The grade in force: the rated one, or the appeal's outcome. */
    grade: integer('grade'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    registerNumber: text('register_number'),
    registerSequence: integer('register_sequence'),
    decisionDate: date('decision_date'),
    appealDeadline: date('appeal_deadline'),
    appealReason: text('appeal_reason'),
    appealedAt: timestamp('appealed_at', { withTimezone: true }),
    appealOutcome: text('appeal_outcome'),
    appealGrade: integer('appeal_grade'),
    appealNote: text('appeal_note'),
    appealDecidedAt: timestamp('appeal_decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appraisals_cycle_idx').on(t.cycleId, t.status),
    index('appraisals_employee_idx').on(t.employeeId, t.year),
    index('appraisals_rater_idx').on(t.raterUserId),
    // The grade distribution counts decided regular appraisals per organisation and year, from
    // this index alone (the report's query spells out the same predicate so the planner matches it).
    index('appraisals_decided_idx')
      .on(t.organisationId, t.year, t.grade)
      .where(sql`kind = 'regular' and status in ('finalised', 'appealed', 'closed') and grade is not null`),
    uniqueIndex('appraisals_regular_idx').on(t.cycleId, t.employeeId).where(sql`kind = 'regular'`),
    uniqueIndex('appraisals_register_idx').on(t.organisationId, t.registerNumber),
  ],
);

/**
 * What each goal and rated competency row starts with: its organisation (row-level security), its
 * appraisal, both dropped with their owner, and its place in the list. A function: each table needs
 * its own builders.
 */
const appraisalItemColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  appraisalId: uuid('appraisal_id')
    .notNull()
    .references(() => appraisals.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
});

export const appraisalGoals = pgTable(
  'appraisal_goals',
  {
    ...appraisalItemColumns(),
    description: text('description').notNull(),
    measure: text('measure').notNull(),
    weight: integer('weight').notNull(),
    dueOn: date('due_on'),
    interimNote: text('interim_note'),
    rating: integer('rating'),
    comment: text('comment'),
  },
  (t) => [index('appraisal_goals_appraisal_idx').on(t.appraisalId, t.position)],
);

/** The competencies rated, with their names as they stood (the framework may change later). */
export const appraisalCompetencies = pgTable(
  'appraisal_competencies',
  {
    ...appraisalItemColumns(),
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    nameEn: text('name_en').notNull(),
    requiredLevel: integer('required_level'),
    rating: integer('rating'),
    comment: text('comment'),
  },
  (t) => [index('appraisal_competencies_appraisal_idx').on(t.appraisalId, t.position)],
);

/**
 * Training needs per person: competency gaps found in a finalised appraisal and the needs the
 * rater wrote down. The professional development module aggregates them per municipality.
 */
export const trainingNeeds = pgTable(
  'training_needs',
  {
    ...employeeRecordColumns(),
    appraisalId: uuid('appraisal_id').references(() => appraisals.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    competencyId: uuid('competency_id').references(() => competencies.id),
    requiredLevel: integer('required_level'),
    ratedLevel: integer('rated_level'),
    text: text('text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_needs_org_year_idx').on(t.organisationId, t.year)],
);
