import { and, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TrainingRequestListQuery } from '../../../contracts/training-requests';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import type { Reach } from '../../platform/access/reach';
import { memberships, users } from '../identity/identity.tables';
import { trainingRequests } from './enrolments.tables';

export type TrainingRequestRow = typeof trainingRequests.$inferSelect;

/** The creation time to the microsecond, so the keyset cursor never skips a row of the same millisecond. */
const createdKey = sql<string>`to_char(${trainingRequests.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Requests a reach covers from either side: the municipality that asks or the body asked. */
function visibleTo(reach: Reach): SQL | undefined {
  if (reach.all) return undefined;
  if (!reach.orgIds.length) return sql`false`;
  return or(
    inArray(trainingRequests.organisationId, reach.orgIds),
    inArray(trainingRequests.bodyId, reach.orgIds),
  );
}

export const trainingRequestsRepo = {
  /** Newest first; the keyset `after` is the last creation key and id seen. */
  list: (tx: Tx, reach: Reach, query: TrainingRequestListQuery, after: [string, string] | null) =>
    tx
      .select({ row: trainingRequests, key: createdKey })
      .from(trainingRequests)
      .where(
        and(
          visibleTo(reach),
          query.organisationId ? eq(trainingRequests.organisationId, query.organisationId) : undefined,
          query.bodyId ? eq(trainingRequests.bodyId, query.bodyId) : undefined,
          query.status ? eq(trainingRequests.status, query.status) : undefined,
          query.q ? ilike(trainingRequests.topic, containsPattern(query.q)) : undefined,
          after
            ? sql`(${trainingRequests.createdAt}, ${trainingRequests.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(trainingRequests.createdAt), desc(trainingRequests.id))
      .limit(query.limit + 1),

  find: async (tx: Tx, reach: Reach, id: string) =>
    (
      await tx
        .select()
        .from(trainingRequests)
        .where(and(eq(trainingRequests.id, id), visibleTo(reach)))
    )[0],

  /** The request, locked until the transaction ends, so two answers cannot cross. */
  lock: async (tx: Tx, reach: Reach, id: string) =>
    (
      await tx
        .select()
        .from(trainingRequests)
        .where(and(eq(trainingRequests.id, id), visibleTo(reach)))
        .for('update')
    )[0],

  insert: async (tx: Tx, values: typeof trainingRequests.$inferInsert) =>
    (await tx.insert(trainingRequests).values(values).returning())[0] as TrainingRequestRow,

  update: async (tx: Tx, id: string, values: Partial<typeof trainingRequests.$inferInsert>) =>
    (
      await tx
        .update(trainingRequests)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(trainingRequests.id, id))
        .returning()
    )[0] as TrainingRequestRow,

  /** Active accounts holding `role` in the organisation. */
  members: (tx: Tx, organisationId: string, role: string) =>
    tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          eq(memberships.role, role),
          eq(users.status, 'active'),
        ),
      ),
};
