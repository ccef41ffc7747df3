import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ImportMapping, ImportResult } from '../../../contracts/employee-import';
import type { Cell } from '../../platform/xlsx/spreadsheet';
import { users } from '../identity/identity.tables';
import { organisations } from '../organisations/organisations.tables';

/**
 * An uploaded spreadsheet between upload and confirmation. Its cells hold personal data, so
 * they are dropped once the import is applied and unapplied uploads expire (see the service).
 */
export const employeeImports = pgTable(
  'employee_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    fileName: text('file_name').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    rows: jsonb('rows').$type<Cell[][]>().notNull(),
    status: text('status').notNull().default('uploaded'),
    result: jsonb('result').$type<ImportResult>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [index('employee_imports_org_idx').on(t.organisationId, t.createdAt)],
);

/** The column mapping a municipality used last, offered again for its next file. */
export const importMappings = pgTable(
  'import_mappings',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind] })],
);
