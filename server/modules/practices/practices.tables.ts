import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PracticeLink, PracticeTranslation } from '../../../contracts/practices';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/**
 * A good practice submitted by a municipality (`organisation_id`) and moderated by its country's
 * association (`body_id`): both see it while it is a draft or in moderation, everyone once published.
 */
export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    status: text('status').notNull(),
    locale: text('locale').notNull(),
    categoryCode: text('category_code').notNull(),
    title: text('title').notNull(),
    initiator: text('initiator').notNull(),
    partners: text('partners').notNull().default(''),
    summary: text('summary').notNull(),
    background: text('background').notNull(),
    practice: text('practice').notNull(),
    results: text('results').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to'),
    links: jsonb('links').$type<PracticeLink[]>().notNull().default([]),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone').notNull().default(''),
    /** An optional translation of the texts into another language (e.g. English). */
    translation: jsonb('translation').$type<PracticeTranslation | null>(),
    /** The association's judgement, 1–5 on each criterion, set when it publishes the practice. */
    innovation: integer('innovation'),
    impact: integer('impact'),
    sustainability: integer('sustainability'),
    transferability: integer('transferability'),
    /** Why moderation sent it back or rejected it. */
    moderationNote: text('moderation_note').notNull().default(''),
    nominations: integer('nominations').notNull().default(0),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Titles and texts (and the translation) folded for any-script search. */
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('practices_country_idx').on(t.countryCode, t.status, t.categoryCode),
    index('practices_ranking_idx').on(t.countryCode, t.status, t.nominations),
    index('practices_org_idx').on(t.organisationId),
    index('practices_body_idx').on(t.bodyId, t.status),
    index('practices_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

/** One nomination per signed-in user and practice; the key makes a second one (even in parallel) fail. */
export const practiceNominations = pgTable(
  'practice_nominations',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.userId] }),
    index('practice_nominations_user_idx').on(t.userId),
  ],
);

/** The association's "practice of the week" for its country, featured and sent in the bulletin. */
export const practiceWeeks = pgTable(
  'practice_weeks',
  {
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The Monday the week starts. */
    weekOf: date('week_of').notNull(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    note: text('note').notNull().default(''),
    chosenBy: uuid('chosen_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('practice_weeks_week_idx').on(t.bodyId, t.weekOf)],
);
