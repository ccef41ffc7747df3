import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Tenancy } from '../../db/tenancy';
import { systemScope } from '../../db/tenancy';
import { recordAudit } from '../../platform/audit/audit';
import type { FileStore } from '../../platform/files/file-store';
import { employeeDocuments } from './employee-documents.tables';
import { employees } from './people.tables';

export type RetentionResult = {
  cutoff: string;
  files: Array<{ id: string; organisationId: string; leftOn: string }>;
};

/**
 * Personnel files of people who left before `cutoff` (today minus `years`). Nothing runs this on
 * its own: the law may oblige a municipality to keep files for good, so deletion is a decision
 * taken with `npm run retention -- --years N --apply`. Without `apply` it only lists.
 */
export async function applyRetention(
  tenancy: Tenancy,
  files: FileStore,
  { years, apply, today = new Date() }: { years: number; apply: boolean; today?: Date },
): Promise<RetentionResult> {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  const { expired, keys } = await tenancy.run(systemScope, async (tx) => {
    const expired = await tx
      .select({ id: employees.id, organisationId: employees.organisationId, leftOn: employees.leftOn })
      .from(employees)
      .where(and(eq(employees.status, 'left'), lt(employees.leftOn, sql`${cutoff}::date`)));
    if (!apply || !expired.length) return { expired, keys: [] };
    const ids = expired.map((e) => e.id);
    const keys = await tx
      .select({ key: employeeDocuments.storageKey })
      .from(employeeDocuments)
      .where(inArray(employeeDocuments.employeeId, ids));
    // Cascades remove the employment history, documents and correction requests with the file.
    await tx.delete(employees).where(inArray(employees.id, ids));
    for (const e of expired)
      await recordAudit(tx, null, {
        organisationId: e.organisationId,
        action: 'employee.retention-delete',
        entityType: 'employee',
        entityId: e.id,
        after: { leftOn: e.leftOn, cutoff },
      });
    return { expired, keys: keys.map((k) => k.key) };
  });
  // The bytes go once the rows are gone for good.
  for (const key of keys) await files.delete(key);
  return { cutoff, files: expired.map((e) => ({ ...e, leftOn: e.leftOn ?? '' })) };
}
