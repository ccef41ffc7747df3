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
import type { LawRef } from '../../../contracts/advisory-questions';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/*
 * The advisory Q&A belongs to two tenants: the asking municipality (`organisation_id`) and the
 * association whose experts answer (`body_id`); row-level security lets both see it and nobody else.
 */
const twoTenants = () => ({
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  bodyId: uuid('body_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
});

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...twoTenants(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    /** e.g. 2026-0042: numbered per association and year. */
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    locale: text('locale').notNull(),
    areaCode: text('area_code').notNull(),
    subtopicCode: text('subtopic_code').notNull(),
    lawRefs: jsonb('law_refs').$type<LawRef[]>().notNull().default([]),
    status: text('status').notNull(),
    askedBy: uuid('asked_by').references(() => users.id, { onDelete: 'set null' }),
    askedByName: text('asked_by_name').notNull(),
    expertId: uuid('expert_id').references(() => users.id, { onDelete: 'set null' }),
    expertName: text('expert_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the answer is due; null while the expert waits for information, and once answered. */
    dueOn: date('due_on'),
    /** Working days left on the clock while it is stopped (status needs_info). */
    daysLeft: integer('days_left'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Title and text folded for script- and diacritic-insensitive search. */
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('questions_reference_idx').on(t.bodyId, t.reference),
    index('questions_queue_idx').on(t.bodyId, t.status, t.dueOn),
    index('questions_org_idx').on(t.organisationId, t.createdAt),
    index('questions_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

export const questionMessages = pgTable(
  'question_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    ...twoTenants(),
    kind: text('kind').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('question_messages_question_idx').on(t.questionId, t.createdAt)],
);

/** A file sent with a question; the bytes live in the file store under `storageKey`. */
export const questionAttachments = pgTable(
  'question_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    ...twoTenants(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('question_attachments_question_idx').on(t.questionId)],
);

/** Who is told when a question moves (the asker follows their own from the start). */
export const questionFollows = pgTable(
  'question_follows',
  {
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...twoTenants(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.userId] }), index('question_follows_user_idx').on(t.userId)],
);

/** The laws the answers cite, kept by an association's experts for their country. */
export const laws = pgTable(
  'laws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    gazette: text('gazette').notNull(),
    amendedOn: date('amended_on'),
    note: text('note').notNull().default(''),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('laws_country_idx').on(t.countryCode)],
);

/**
 * A knowledge-base entry: the anonymised question with its answer. Drafted from a question by
 * an expert, reviewed, then published for everyone; `law_ids` mirrors `law_refs` for lookups.
 */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').references(() => questions.id, { onDelete: 'set null' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    areaCode: text('area_code').notNull(),
    subtopicCode: text('subtopic_code').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    lawRefs: jsonb('law_refs').$type<LawRef[]>().notNull().default([]),
    lawIds: uuid('law_ids').array().notNull().default(sql`'{}'::uuid[]`),
    removedTerms: jsonb('removed_terms').$type<string[]>().notNull().default([]),
    status: text('status').notNull(),
    checkedOn: date('checked_on').notNull(),
    helpfulYes: integer('helpful_yes').notNull().default(0),
    helpfulNo: integer('helpful_no').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    /** Title, question and answer folded for script- and diacritic-insensitive search. */
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('answers_question_idx').on(t.questionId),
    index('answers_country_idx').on(t.countryCode, t.status, t.areaCode, t.subtopicCode),
    index('answers_laws_idx').using('gin', t.lawIds),
    index('answers_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);
