import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/**
 * A library document (handbook, model act, decree, template) published by a national body or a
 * municipality. `visibility` says who reads it: `public` anyone (no login), `network` every signed-in
 * user, `organisation` the publisher and, when set, the one municipality in `audience_id`.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    audienceId: uuid('audience_id').references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    kind: text('kind').notNull(),
    /** For model acts that differ by the kind of local government, e.g. `city` or `municipality`. */
    variant: text('variant'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    locale: text('locale').notNull(),
    /** Thematic areas of the country pack (`advice.areas`). */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    visibility: text('visibility').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    downloads: integer('downloads').notNull().default(0),
    /** Title, summary, tags and the current version's text, folded for any-script search. */
    search: text('search').notNull(),
    /**
     * The words of `search` (positions stripped): a handbook's text is long, and matching whole words
     * through this index spares re-reading every candidate's text as a trigram LIKE must.
     */
    searchWords: tsvector('search_words')
      .notNull()
      .generatedAlwaysAs(sql`strip(to_tsvector('simple', search))`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_country_idx').on(t.countryCode, t.visibility, t.kind),
    // Newest first: a search for common words walks this and stops at a page, reading few vectors.
    index('documents_listing_idx').on(
      t.countryCode,
      t.visibility,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('documents_org_idx').on(t.organisationId),
    index('documents_search_words_idx').using('gin', t.searchWords),
  ],
);

/** One uploaded file of a document; the newest is the one read by default, the others are history. */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    note: text('note').notNull().default(''),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    /** The text read out of the file (PDF, plain text), kept for search; empty when none could be read. */
    text: text('text').notNull().default(''),
    downloads: integer('downloads').notNull().default(0),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_versions_version_idx').on(t.documentId, t.version)],
);
