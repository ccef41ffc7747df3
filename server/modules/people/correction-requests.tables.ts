import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables';
import { employeeRecordColumns } from './people.tables';

/** An employee's request to correct their own personnel file, decided by the HR officer. */
export const correctionRequests = pgTable(
  'correction_requests',
  {
    ...employeeRecordColumns(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    field: text('field').notNull(),
    proposed: text('proposed').notNull(),
    message: text('message'),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('correction_requests_org_idx').on(t.organisationId, t.status, t.createdAt),
    index('correction_requests_employee_idx').on(t.employeeId),
  ],
);
