import type { Tx } from '../../db/client';
import type { Actor } from '../access/actor';
import { auditEvents } from './audit.tables';

export type AuditEntry = {
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** Written in the same transaction as the change it describes: both land or neither does. */
export async function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organisationId: entry.organisationId,
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: actor?.requestId ?? null,
  });
}
