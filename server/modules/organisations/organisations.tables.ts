import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameLatin: text('name_latin').notNull(),
  defaultLocale: text('default_locale').notNull(),
  pack: jsonb('pack').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    kind: text('kind').notNull(),
    bodyRole: text('body_role'),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    regionCode: text('region_code'),
    registryCode: text('registry_code'),
    email: text('email'),
    website: text('website'),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_country_idx').on(t.countryCode, t.kind),
    index('organisations_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    code: text('code'),
    /** Materialised path of ids, '/root/child/', so a subtree is one prefix match. */
    path: text('path').notNull(),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('org_units_org_path_idx').on(t.organisationId, t.path),
    index('org_units_parent_idx').on(t.parentId),
  ],
);
