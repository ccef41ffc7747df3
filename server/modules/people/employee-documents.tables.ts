import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables';
import { employeeRecordColumns } from './people.tables';

/** A document kept in a personnel file; the bytes live in the file store under `storageKey`. */
export const employeeDocuments = pgTable(
  'employee_documents',
  {
    ...employeeRecordColumns(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employee_documents_employee_idx').on(t.employeeId, t.createdAt)],
);
