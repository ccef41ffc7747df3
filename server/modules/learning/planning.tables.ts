import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalText } from '../../../contracts/competencies';
import { competencies } from '../competencies/competencies.tables';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';
import { employeeRecordColumns } from '../people/people.tables';
import { programmes } from './programmes.tables';

/** A yearly training programme: a national body's general one, or a municipality's special one. */
export const annualProgrammes = pgTable(
  'annual_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    sentForOpinionOn: date('sent_for_opinion_on'),
    opinion: text('opinion'),
    opinionOn: date('opinion_on'),
    adoptedOn: date('adopted_on'),
    adoptionAct: text('adoption_act'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('annual_programmes_org_year_idx').on(t.organisationId, t.year, t.kind)],
);

export const annualProgrammeItems = pgTable(
  'annual_programme_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    annualProgrammeId: uuid('annual_programme_id')
      .notNull()
      .references(() => annualProgrammes.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id').references(() => programmes.id),
    /** The item's own title when it names no catalogue programme. */
    title: jsonb('title').$type<LocalText>(),
    part: text('part').notNull(),
    mode: text('mode').notNull(),
    targetGroup: text('target_group').notNull().default('all'),
    quarter: integer('quarter').notNull(),
    plannedSessions: integer('planned_sessions').notNull(),
    plannedParticipants: integer('planned_participants').notNull(),
    budget: numeric('budget', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    fundingSource: text('funding_source').notNull().default(''),
    source: text('source').notNull().default('manual'),
    /** The aggregated need it answers (needs-analysis key), when added from the analysis. */
    needKey: text('need_key'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('annual_programme_items_plan_idx').on(t.annualProgrammeId, t.sortOrder)],
);

/** A municipality's training needs analysis for a year, with its survey window. */
export const needsAnalyses = pgTable(
  'needs_analyses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('open'),
    surveyOpensOn: date('survey_opens_on'),
    surveyClosesOn: date('survey_closes_on'),
    surveyInvited: integer('survey_invited').notNull().default(0),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('needs_analyses_org_year_idx').on(t.organisationId, t.year)],
);

/** Something that creates needs for many at once: a new regulation, a strategy, a reorganisation. */
export const needsTriggers = pgTable('needs_triggers', {
  id: uuid('id').primaryKey().defaultRandom(),
  analysisId: uuid('analysis_id')
    .notNull()
    .references(() => needsAnalyses.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  description: text('description').notNull(),
  topicArea: text('topic_area'),
  competencyId: uuid('competency_id').references(() => competencies.id),
  people: integer('people').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One person's survey answer (one per person and analysis; editable while the survey is open). */
export const needsSurveyAnswers = pgTable(
  'needs_survey_answers',
  {
    analysisId: uuid('analysis_id')
      .notNull()
      .references(() => needsAnalyses.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topicAreas: text('topic_areas').array().notNull().default(sql`'{}'::text[]`),
    competencyIds: uuid('competency_ids').array().notNull().default(sql`'{}'::uuid[]`),
    priority: text('priority').notNull(),
    text: text('text').notNull().default(''),
    forUnit: boolean('for_unit').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.analysisId, t.userId] })],
);

/** An individual development plan: per employee and year. */
export const developmentPlans = pgTable(
  'development_plans',
  {
    ...employeeRecordColumns(),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    agreedBy: uuid('agreed_by').references(() => users.id, { onDelete: 'set null' }),
    agreedByName: text('agreed_by_name'),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    employeeComment: text('employee_comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('development_plans_employee_year_idx').on(t.employeeId, t.year)],
);

export const developmentPlanItems = pgTable(
  'development_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => developmentPlans.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    text: text('text').notNull().default(''),
    competencyId: uuid('competency_id').references(() => competencies.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    quarter: integer('quarter'),
    status: text('status').notNull().default('planned'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('development_plan_items_plan_idx').on(t.planId, t.sortOrder)],
);

/** The yearly targets a national body sets for its country, per delivery mode (or on request). */
export const learningTargets = pgTable(
  'learning_targets',
  {
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    year: integer('year').notNull(),
    mode: text('mode').notNull(),
    trained: integer('trained').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.year, t.mode] })],
);
