import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables';
import { countries, organisations } from '../organisations/organisations.tables';
import { programmes, trainers } from './programmes.tables';

/** One delivery of a programme: its days, place, seats and registration window. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    restrictedToId: uuid('restricted_to_id').references(() => organisations.id, { onDelete: 'cascade' }),
    reference: text('reference').notNull(),
    mode: text('mode').notNull(),
    venue: text('venue'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    registrationOpens: date('registration_opens').notNull(),
    registrationCloses: date('registration_closes').notNull(),
    cancelUntil: date('cancel_until').notNull(),
    requiresApproval: boolean('requires_approval').notNull().default(true),
    completionPercent: integer('completion_percent').notNull(),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day').notNull(),
    status: text('status').notNull().default('draft'),
    /** The days' hours added up, kept by a trigger on session_days (db/migrations/0023). */
    hours: numeric('hours', { precision: 6, scale: 1 }).notNull().default('0'),
    /**
     * Seats and the waiting list, counted across every municipality: kept by seat-allocation.ts
     * under a row lock, because row-level security shows each municipality only its own enrolments.
     */
    confirmedCount: integer('confirmed_count').notNull().default(0),
    waitlistedCount: integer('waitlisted_count').notNull().default(0),
    /** The last waiting-list number handed out. */
    waitlistSeq: integer('waitlist_seq').notNull().default(0),
    cancelReason: text('cancel_reason'),
    note: text('note').notNull().default(''),
    /** When participants were last reminded that it starts soon. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_sessions_reference_idx').on(t.organiserId, t.reference),
    index('training_sessions_country_idx').on(t.countryCode, t.firstDay),
    index('training_sessions_programme_idx').on(t.programmeId),
  ],
);

/** A day of a session; `checkInToken` is the secret its QR code carries for self check-in. */
export const sessionDays = pgTable(
  'session_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    checkInToken: text('check_in_token').notNull(),
  },
  (t) => [
    index('session_days_session_idx').on(t.sessionId, t.date),
    uniqueIndex('session_days_token_idx').on(t.checkInToken),
  ],
);

export const sessionTrainers = pgTable(
  'session_trainers',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    trainerId: uuid('trainer_id')
      .notNull()
      .references(() => trainers.id),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.trainerId] }),
    index('session_trainers_trainer_idx').on(t.trainerId),
  ],
);

/** A secret per user for the iCal subscription that calendar apps fetch without a session. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
