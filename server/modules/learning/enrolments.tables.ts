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
import { organisations } from '../organisations/organisations.tables';
import { employeeRecordColumns } from '../people/people.tables';
import { sessionDays, trainingSessions } from './sessions.tables';

/**
 * A person's place in a session. It belongs to two tenants: the participant's municipality
 * (`organisation_id`) and the session's organiser (`organiser_id`); row-level security lets both
 * see it. The participant's names are copied because the organiser may not read the personnel file.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    ...employeeRecordColumns(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    participantName: text('participant_name').notNull(),
    participantNameLatin: text('participant_name_latin').notNull(),
    jobTitle: text('job_title'),
    gender: text('gender'),
    participantUserId: uuid('participant_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').notNull(),
    /** Order on the waiting list: a sequence per session, never reused. */
    waitlistSeq: integer('waitlist_seq'),
    approval: text('approval').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedByName: text('decided_by_name'),
    declineReason: text('decline_reason'),
    enrolledBy: text('enrolled_by').notNull(),
    enrolledByUser: uuid('enrolled_by_user').references(() => users.id, { onDelete: 'set null' }),
    cancelReason: text('cancel_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live place per person and session: a cancelled one may be followed by a new one.
    uniqueIndex('enrolments_live_idx').on(t.sessionId, t.employeeId).where(sql`status <> 'cancelled'`),
    index('enrolments_session_idx').on(t.sessionId, t.status, t.waitlistSeq),
    index('enrolments_employee_idx').on(t.employeeId),
    index('enrolments_org_idx').on(t.organisationId, t.status),
    index('enrolments_user_idx').on(t.participantUserId),
  ],
);

export const attendance = pgTable(
  'attendance',
  {
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    dayId: uuid('day_id')
      .notNull()
      .references(() => sessionDays.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    present: boolean('present').notNull(),
    method: text('method').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('attendance_enrolment_day_idx').on(t.enrolmentId, t.dayId)],
);

/** A certificate of completion; `code` is what the public verification page looks up. */
export const certificates = pgTable(
  'certificates',
  {
    ...employeeRecordColumns(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .unique()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    issuerId: uuid('issuer_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    holderName: text('holder_name').notNull(),
    holderNameLatin: text('holder_name_latin').notNull(),
    holderLocale: text('holder_locale').notNull(),
    programmeTitle: jsonb('programme_title').$type<LocalText>().notNull(),
    registerNumber: text('register_number'),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day').notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    issuedOn: date('issued_on').notNull(),
    revokedOn: date('revoked_on'),
    revokeReason: text('revoke_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificates_employee_idx').on(t.employeeId),
    index('certificates_session_idx').on(t.sessionId),
  ],
);

/** A rating from one of the four sources (participant, trainer, line manager, programme council). */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    organiserId: uuid('organiser_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The participant's municipality for participant and manager ratings; null otherwise. */
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    /** Mean of the ratings, kept for the yearly statistics. */
    score: numeric('score', { precision: 3, scale: 2, mode: 'number' }).notNull(),
    comment: text('comment').notNull().default(''),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluations_session_idx').on(t.sessionId, t.source),
    // One answer per source and enrolment (participant, manager) or per author (trainer, council).
    uniqueIndex('evaluations_once_idx').on(
      t.sessionId,
      t.source,
      sql`coalesce(${t.enrolmentId}, ${t.authorUserId})`,
    ),
  ],
);

/** A municipality's request for a training, answered by the national body it asked. */
export const trainingRequests = pgTable(
  'training_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id'),
    topic: text('topic').notNull(),
    preferredFrom: date('preferred_from').notNull(),
    preferredTo: date('preferred_to').notNull(),
    participants: integer('participants').notNull(),
    note: text('note').notNull().default(''),
    status: text('status').notNull().default('submitted'),
    answer: text('answer'),
    sessionId: uuid('session_id').references(() => trainingSessions.id, { onDelete: 'set null' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_requests_org_idx').on(t.organisationId),
    index('training_requests_body_idx').on(t.bodyId, t.status),
  ],
);
