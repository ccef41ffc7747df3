import { and, asc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { competencies } from './competencies.tables';

export type CompetencyRow = typeof competencies.$inferSelect;

const kindOrder = ['behavioural', 'core', 'general_functional', 'special_functional'];

/** The framework in the order forms show it: kind, then the pack's order, then name. */
export const byFrameworkOrder = (rows: CompetencyRow[]) =>
  [...rows].sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      Number(a.organisationId !== null) - Number(b.organisationId !== null) ||
      a.sortOrder - b.sortOrder ||
      a.name.localeCompare(b.name),
  );

export const competenciesRepo = {
  /** The country's framework and, when given, one municipality's own competencies. */
  async list(tx: Tx, countryCode: string, organisationId: string | null, includeInactive: boolean) {
    const owner: SQL | undefined = organisationId
      ? or(isNull(competencies.organisationId), eq(competencies.organisationId, organisationId))
      : isNull(competencies.organisationId);
    const rows = await tx
      .select()
      .from(competencies)
      .where(
        and(
          eq(competencies.countryCode, countryCode),
          owner,
          includeInactive ? undefined : eq(competencies.active, true),
        ),
      )
      .orderBy(asc(competencies.sortOrder));
    return byFrameworkOrder(rows);
  },

  find: async (tx: Tx, id: string) =>
    (await tx.select().from(competencies).where(eq(competencies.id, id)))[0],

  insert: async (tx: Tx, values: typeof competencies.$inferInsert) =>
    (await tx.insert(competencies).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<typeof competencies.$inferInsert>) =>
    (
      await tx
        .update(competencies)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(competencies.id, id))
        .returning()
    )[0] as CompetencyRow,
};
