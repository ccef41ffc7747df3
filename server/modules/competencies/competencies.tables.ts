import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CompetencyGroup, CompetencyIndicator, LocalText } from '../../../contracts/competencies';
import { countries, organisations } from '../organisations/organisations.tables';

/**
 * The competency framework: a country's (organisation_id null, synced from its pack and then
 * edited by national administrators) and each municipality's special functional competencies.
 */
export const competencies = pgTable(
  'competencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    nameEn: text('name_en').notNull(),
    groups: jsonb('groups').$type<CompetencyGroup[]>().notNull(),
    indicators: jsonb('indicators').$type<CompetencyIndicator[]>().notNull().default(sql`'[]'::jsonb`),
    levels: jsonb('levels').$type<Array<LocalText & { level: number }>>().notNull().default(sql`'[]'::jsonb`),
    field: text('field'),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One code per framework: the country's, and each municipality's own.
    uniqueIndex('competencies_code_idx').on(
      t.countryCode,
      sql`coalesce(${t.organisationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.code,
    ),
    index('competencies_org_idx').on(t.organisationId),
  ],
);
