import { and, asc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { ProgrammeListQuery } from '../../../contracts/learning-catalogue';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { competencies } from '../competencies/competencies.tables';
import { programmeMaterials, programmes } from './programmes.tables';
import { trainingSessions } from './sessions.tables';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type MaterialRow = typeof programmeMaterials.$inferSelect;

/** The filters of a catalogue list; `published` narrows the public catalogue to announced entries. */
export type ProgrammeFilter = Omit<ProgrammeListQuery, 'cursor'> & { published?: boolean };

export const programmesRepo = {
  /** Sorted by catalogue code (then id), the keyset `after` being the last code and id seen. */
  list: (tx: Tx, filter: ProgrammeFilter, after: [string, string] | null) => {
    const q = filter.q ? foldForSearch(filter.q) : '';
    return tx
      .select()
      .from(programmes)
      .where(
        and(
          filter.published ? eq(programmes.status, 'published') : undefined,
          filter.status ? eq(programmes.status, filter.status) : undefined,
          filter.country ? eq(programmes.countryCode, filter.country) : undefined,
          filter.ownerId ? eq(programmes.ownerId, filter.ownerId) : undefined,
          filter.topicArea ? eq(programmes.topicArea, filter.topicArea) : undefined,
          filter.part ? eq(programmes.part, filter.part) : undefined,
          filter.deliveryMode
            ? sql`${programmes.deliveryModes} @> array[${filter.deliveryMode}]::text[]`
            : undefined,
          filter.targetGroup
            ? sql`${programmes.targetGroups} @> array[${filter.targetGroup}]::text[]`
            : undefined,
          q ? like(programmes.search, containsPattern(q)) : undefined,
          after ? sql`(${programmes.code}, ${programmes.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(programmes.code), asc(programmes.id))
      .limit(filter.limit + 1);
  },

  find: async (tx: Tx, id: string) => (await tx.select().from(programmes).where(eq(programmes.id, id)))[0],

  /** Undefined when the owner already has a programme with this code. */
  insert: async (tx: Tx, values: typeof programmes.$inferInsert) =>
    (await tx.insert(programmes).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<typeof programmes.$inferInsert>) =>
    (
      await tx
        .update(programmes)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(programmes.id, id))
        .returning()
    )[0] as ProgrammeRow,

  /** Does another programme of the owner already use this code? */
  codeTaken: async (tx: Tx, ownerId: string, code: string, exceptId: string) =>
    (
      await tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(
          and(
            eq(programmes.ownerId, ownerId),
            eq(programmes.code, code),
            sql`${programmes.id} <> ${exceptId}::uuid`,
          ),
        )
    ).length > 0,

  hasSessions: async (tx: Tx, id: string) =>
    (
      await tx
        .select({ id: trainingSessions.id })
        .from(trainingSessions)
        .where(eq(trainingSessions.programmeId, id))
        .limit(1)
    ).length > 0,

  /** Which of `ids` are competencies of the country's framework or of the owner's own. */
  async knownCompetencies(tx: Tx, ids: readonly string[], countryCode: string, ownerId: string) {
    if (!ids.length) return new Set<string>();
    const rows = await tx
      .select({ id: competencies.id })
      .from(competencies)
      .where(
        and(
          inArray(competencies.id, [...ids]),
          eq(competencies.countryCode, countryCode),
          or(isNull(competencies.organisationId), eq(competencies.organisationId, ownerId)),
        ),
      );
    return new Set(rows.map((r) => r.id));
  },

  materialsOf: (tx: Tx, programmeIds: readonly string[]) =>
    programmeIds.length
      ? tx
          .select()
          .from(programmeMaterials)
          .where(inArray(programmeMaterials.programmeId, [...programmeIds]))
          .orderBy(asc(programmeMaterials.createdAt), asc(programmeMaterials.id))
      : Promise.resolve([] as MaterialRow[]),

  findMaterial: async (tx: Tx, programmeId: string, id: string) =>
    (
      await tx
        .select()
        .from(programmeMaterials)
        .where(and(eq(programmeMaterials.id, id), eq(programmeMaterials.programmeId, programmeId)))
    )[0],

  insertMaterial: async (tx: Tx, values: typeof programmeMaterials.$inferInsert) =>
    (await tx.insert(programmeMaterials).values(values).returning())[0] as MaterialRow,

  deleteMaterial: (tx: Tx, id: string) => tx.delete(programmeMaterials).where(eq(programmeMaterials.id, id)),
};
