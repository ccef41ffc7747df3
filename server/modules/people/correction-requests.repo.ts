import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { CorrectionRequestListQuery } from '../../../contracts/correction-requests';
import type { Tx } from '../../db/client';
import { correctionRequests } from './correction-requests.tables';
import { employees } from './people.tables';

export type CorrectionRow = typeof correctionRequests.$inferSelect;

const columns = {
  row: correctionRequests,
  employeeName: sql<string>`${employees.givenName} || ' ' || ${employees.familyName}`,
  employeeNameLatin: sql<string>`${employees.givenNameLatin} || ' ' || ${employees.familyNameLatin}`,
};

export const correctionsRepo = {
  /** Newest first; `visible` narrows to what the actor may see (whole organisations or own files). */
  list: (
    tx: Tx,
    visible: SQL | undefined,
    query: CorrectionRequestListQuery,
    after: [string, string] | null,
  ) =>
    tx
      .select(columns)
      .from(correctionRequests)
      .innerJoin(employees, eq(employees.id, correctionRequests.employeeId))
      .where(
        and(
          visible,
          query.organisationId ? eq(correctionRequests.organisationId, query.organisationId) : undefined,
          query.employeeId ? eq(correctionRequests.employeeId, query.employeeId) : undefined,
          query.status ? eq(correctionRequests.status, query.status) : undefined,
          after
            ? sql`(${correctionRequests.createdAt}, ${correctionRequests.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(correctionRequests.createdAt), desc(correctionRequests.id))
      .limit(query.limit + 1),

  find: async (tx: Tx, id: string) =>
    (
      await tx
        .select(columns)
        .from(correctionRequests)
        .innerJoin(employees, eq(employees.id, correctionRequests.employeeId))
        .where(eq(correctionRequests.id, id))
    )[0],

  insert: async (tx: Tx, values: typeof correctionRequests.$inferInsert) =>
    (await tx.insert(correctionRequests).values(values).returning({ id: correctionRequests.id }))[0] as {
      id: string;
    },

  decide: (tx: Tx, id: string, values: Partial<typeof correctionRequests.$inferInsert>) =>
    tx.update(correctionRequests).set(values).where(eq(correctionRequests.id, id)),
};
