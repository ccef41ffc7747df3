import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { countries, organisations } from '../organisations/organisations.tables';

/*
 * Running counts for the training indicators, kept by triggers on enrolments and evaluations
 * (db/migrations/0023): a country's year holds about a million places, too many to count for
 * each request. The application only reads them.
 */

/**
 * Completed places of a country's year (the session's last day) per participant's municipality,
 * along each breakdown: `mode`, `month`, `topic` and `gender` (each place counted once in each),
 * the participants' ratings of the trainers as `trainer_rating` (key: the rating, count: how many)
 * and the distinct people who completed one as `people` (kept from trained_people).
 */
export const trainingCounts = pgTable(
  'training_counts',
  {
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    year: integer('year').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.year, t.organisationId, t.dimension, t.key] })],
);

/** The people who completed a training in a country's year, with how many trainings. */
export const trainedPeople = pgTable(
  'trained_people',
  {
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    year: integer('year').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id').notNull(),
    completions: integer('completions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.year, t.organisationId, t.employeeId] })],
);
