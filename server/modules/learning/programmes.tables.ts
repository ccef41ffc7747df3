import { sql } from 'drizzle-orm';
import {
  boolean,
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
import type { LocalText } from '../../../contracts/competencies';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';

/** A catalogue entry: a training programme (module) owned by a national body or a municipality. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    code: text('code').notNull(),
    title: jsonb('title').$type<LocalText>().notNull(),
    summary: text('summary').notNull().default(''),
    summaryLatin: text('summary_latin').notNull().default(''),
    topicArea: text('topic_area').notNull(),
    part: text('part').notNull(),
    competencyIds: uuid('competency_ids').array().notNull().default(sql`'{}'::uuid[]`),
    targetGroups: text('target_groups').array().notNull(),
    deliveryModes: text('delivery_modes').array().notNull(),
    durationHours: numeric('duration_hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    durationDays: integer('duration_days').notNull(),
    accreditation: text('accreditation').notNull().default('none'),
    registerNumber: text('register_number'),
    accreditedUntil: date('accredited_until'),
    issuesCertificate: boolean('issues_certificate').notNull().default(true),
    completionPercent: integer('completion_percent').notNull().default(100),
    status: text('status').notNull().default('draft'),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programmes_owner_code_idx').on(t.ownerId, t.code),
    index('programmes_country_idx').on(t.countryCode, t.status, t.topicArea),
    index('programmes_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);

/** Handouts and slides of a programme; the bytes live in the file store under `storageKey`. */
export const programmeMaterials = pgTable(
  'programme_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programme_materials_programme_idx').on(t.programmeId)],
);

/** The register of accredited lecturers, mentors and coaches a national body keeps. */
export const trainers = pgTable(
  'trainers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    nameLatin: text('name_latin').notNull(),
    email: text('email'),
    phone: text('phone'),
    kinds: text('kinds').array().notNull(),
    topicAreas: text('topic_areas').array().notNull(),
    expertise: text('expertise').notNull().default(''),
    teachingExperience: text('teaching_experience').notNull().default(''),
    publications: text('publications').notNull().default(''),
    skillsCheckOn: date('skills_check_on'),
    trainerCourseOn: date('trainer_course_on'),
    accreditationNumber: text('accreditation_number').notNull(),
    accreditedOn: date('accredited_on').notNull(),
    accreditedUntil: date('accredited_until').notNull(),
    suspended: boolean('suspended').notNull().default(false),
    search: text('search').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('trainers_accreditation_idx').on(t.organisationId, t.accreditationNumber),
    index('trainers_user_idx').on(t.userId),
    index('trainers_search_idx').using('gin', sql`${t.search} gin_trgm_ops`),
  ],
);
