import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { OutboxListQuery, OutboxMessage } from '../../../contracts/mail';
import { containsPattern } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../access/actor';
import * as access from '../access/policy';
import { inReachOrgs, reachOf } from '../access/reach';
import { decodeCursor, pageOf } from '../http/cursor';
import { mailOutbox } from './mail.tables';

type Row = typeof mailOutbox.$inferSelect;

const toMessage = (r: Row): OutboxMessage => ({
  id: r.id,
  organisationId: r.organisationId,
  recipient: r.recipient,
  locale: r.locale,
  template: r.template,
  subject: r.subject,
  textBody: r.textBody,
  status: r.status as OutboxMessage['status'],
  attempts: r.attempts,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

export type OutboxService = ReturnType<typeof createOutboxService>;

export function createOutboxService({ tenancy }: { tenancy: Tenancy }) {
  return {
    async list(actor: Actor, query: OutboxListQuery) {
      access.require(actor, 'outbox.read');
      const reach = reachOf(actor, 'outbox.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const pattern = query.q ? containsPattern(query.q) : null;
      const where: Array<SQL | undefined> = [
        inReachOrgs(mailOutbox.organisationId, reach),
        query.status ? eq(mailOutbox.status, query.status) : undefined,
        pattern ? or(ilike(mailOutbox.recipient, pattern), ilike(mailOutbox.subject, pattern)) : undefined,
        after
          ? sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ];
      const rows = await tenancy.read(access.scopeOf(actor), (tx) =>
        tx
          .select()
          .from(mailOutbox)
          .where(and(...where))
          .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
          .limit(query.limit + 1),
      );
      const page = pageOf(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
      return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
    },
  };
}
