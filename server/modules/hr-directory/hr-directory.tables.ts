import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/**
 * An HR practitioner's contact card in the network directory. Opt-in: a card exists only when its
 * owner wrote it, and signed-in colleagues see it only while `listed` is on.
 */
export const directoryCards = pgTable(
  'directory_cards',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    /** What colleagues may ask this person about. */
    expertise: text('expertise').notNull().default(''),
    languages: text('languages').array().notNull(),
    listed: boolean('listed').notNull().default(true),
    search: text('search').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('directory_cards_country_idx').on(t.countryCode, t.organisationId)],
);
