import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AuditEvent, AuditListQuery } from '../../../contracts/audit';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../access/actor';
import * as access from '../access/policy';
import { inReachOrgs, reachOf } from '../access/reach';
import { decodeCursor, pageOf } from '../http/cursor';
import { auditEvents } from './audit.tables';

type Row = typeof auditEvents.$inferSelect;

const toEvent = (r: Row): AuditEvent => ({ ...r, at: r.at.toISOString() });

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService({ tenancy }: { tenancy: Tenancy }) {
  return {
    async list(actor: Actor, query: AuditListQuery) {
      access.require(actor, 'audit.read');
      const reach = reachOf(actor, 'audit.read');
      const after = decodeCursor(query.cursor, 1);
      const where: Array<SQL | undefined> = [
        inReachOrgs(auditEvents.organisationId, reach),
        query.organisationId ? eq(auditEvents.organisationId, query.organisationId) : undefined,
        query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
        query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
        query.actorUserId ? eq(auditEvents.actorUserId, query.actorUserId) : undefined,
        query.action ? eq(auditEvents.action, query.action) : undefined,
        query.from ? sql`${auditEvents.at} >= ${query.from}::timestamptz` : undefined,
        query.to ? sql`${auditEvents.at} < ${query.to}::timestamptz` : undefined,
        after ? sql`${auditEvents.seq} < ${Number(after[0])}` : undefined,
      ];
      const rows = await tenancy.read(access.scopeOf(actor), (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(...where))
          .orderBy(desc(auditEvents.seq))
          .limit(query.limit + 1),
      );
      const page = pageOf(rows, query.limit, (r) => [r.seq]);
      return { items: page.items.map(toEvent), nextCursor: page.nextCursor };
    },
  };
}
