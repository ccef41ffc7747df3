import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BulletinItem } from '../../../contracts/news';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/**
 * A news post or an event of a national body or the association. `audience`: `all` (every country),
 * `country` (`country_code`), `organisations` (the municipalities in `audience_ids` only).
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    audience: text('audience').notNull(),
    audienceIds: uuid('audience_ids').array().notNull().default(sql`'{}'::uuid[]`),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull(),
    /** Events only: when and where. */
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    location: text('location').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_feed_idx').on(t.kind, t.status, t.publishedAt),
    index('posts_events_idx').on(t.kind, t.startsAt),
    index('posts_org_idx').on(t.organisationId),
    index('posts_audience_idx').using('gin', t.audienceIds),
    index('posts_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

/**
 * A subscription to a country's bulletin: confirmed by a link sent to the address (double opt-in),
 * ended by the unsubscribe link in every bulletin. Addresses are personal data: only the system reads them.
 */
export const bulletinSubscriptions = pgTable(
  'bulletin_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    email: text('email').notNull(),
    locale: text('locale').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Random, in the confirmation and unsubscribe links; stored hashed (SHA-256) like session tokens. */
    tokenHash: text('token_hash').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bulletin_subscriptions_email_idx').on(t.countryCode, t.email),
    uniqueIndex('bulletin_subscriptions_token_idx').on(t.tokenHash),
  ],
);

/** A bulletin as sent: the digest of what was new in the period, for one country. */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    periodFrom: timestamp('period_from', { withTimezone: true }).notNull(),
    periodTo: timestamp('period_to', { withTimezone: true }).notNull(),
    items: jsonb('items').$type<BulletinItem[]>().notNull().default([]),
    recipients: integer('recipients').notNull().default(0),
    sentBy: uuid('sent_by').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bulletins_body_idx').on(t.bodyId, t.sentAt)],
);
