import { and, asc, eq, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { OrganisationListQuery } from '../../../contracts/organisations';
import type { Tx } from '../../db/client';
import { collated, containsPattern, readsLatin } from '../../db/collation';
import { inReachOrgs, type Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { countries, organisations, orgUnits } from './organisations.tables';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrgUnitRow = typeof orgUnits.$inferSelect;

function reachFilter(reach: Reach): SQL | undefined {
  if (reach.all) return undefined;
  const parts: SQL[] = [];
  if (reach.orgIds.length) parts.push(inArray(organisations.id, reach.orgIds));
  if (reach.countries.length) parts.push(inArray(organisations.countryCode, reach.countries));
  return parts.length ? or(...parts) : sql`false`;
}

export const organisationsRepo = {
  listCountries: (tx: Tx) => tx.select().from(countries).orderBy(asc(countries.code)),

  findCountry: async (tx: Tx, code: string) =>
    (await tx.select().from(countries).where(eq(countries.code, code)))[0],

  /** Replaces one top-level section of a country's stored pack. */
  setPackSection: (tx: Tx, code: string, section: string, value: unknown) =>
    tx
      .update(countries)
      .set({
        pack: sql`jsonb_set(${countries.pack}, ${`{${section}}`}::text[], ${JSON.stringify(value)}::jsonb)`,
        updatedAt: new Date(),
      })
      .where(eq(countries.code, code)),

  async list(
    tx: Tx,
    reach: Reach,
    query: OrganisationListQuery,
    locale: Locale,
    after: [string, string] | null,
  ): Promise<OrganisationRow[]> {
    const sortKey = collated(readsLatin(locale) ? organisations.nameLatin : organisations.name, locale);
    const q = query.q ? foldForSearch(query.q) : '';
    const where = and(
      reachFilter(reach),
      query.country ? eq(organisations.countryCode, query.country) : undefined,
      query.kind === 'local'
        ? ne(organisations.kind, 'national_body')
        : query.kind
          ? eq(organisations.kind, query.kind)
          : undefined,
      q ? like(organisations.search, containsPattern(q)) : undefined,
      after ? sql`(${sortKey}, ${organisations.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
    );
    return tx
      .select()
      .from(organisations)
      .where(where)
      .orderBy(sortKey, asc(organisations.id))
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, reach: Reach, id: string) =>
    (
      await tx
        .select()
        .from(organisations)
        .where(and(eq(organisations.id, id), reachFilter(reach)))
    )[0],

  insert: async (tx: Tx, values: typeof organisations.$inferInsert) =>
    (await tx.insert(organisations).values(values).returning())[0] as OrganisationRow,

  update: async (tx: Tx, id: string, values: Partial<typeof organisations.$inferInsert>) =>
    (
      await tx
        .update(organisations)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(organisations.id, id))
        .returning()
    )[0] as OrganisationRow,

  listUnits: (tx: Tx, organisationId: string) =>
    tx.select().from(orgUnits).where(eq(orgUnits.organisationId, organisationId)),

  findUnit: async (tx: Tx, reach: Reach, id: string) =>
    (
      await tx
        .select({ unit: orgUnits, countryCode: organisations.countryCode })
        .from(orgUnits)
        .innerJoin(organisations, eq(organisations.id, orgUnits.organisationId))
        .where(and(eq(orgUnits.id, id), inReachOrgs(orgUnits.organisationId, reach)))
    )[0],

  insertUnit: async (tx: Tx, values: typeof orgUnits.$inferInsert) =>
    (await tx.insert(orgUnits).values(values).returning())[0] as OrgUnitRow,

  updateUnit: async (tx: Tx, id: string, values: Partial<typeof orgUnits.$inferInsert>) =>
    (
      await tx
        .update(orgUnits)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(orgUnits.id, id))
        .returning()
    )[0] as OrgUnitRow,

  /** Re-roots a moved subtree: every descendant's path swaps the old prefix for the new one. */
  async movePaths(tx: Tx, organisationId: string, oldPrefix: string, newPrefix: string) {
    await tx
      .update(orgUnits)
      .set({ path: sql`${newPrefix} || substr(${orgUnits.path}, ${oldPrefix.length + 1})` })
      .where(and(eq(orgUnits.organisationId, organisationId), like(orgUnits.path, `${oldPrefix}%`)));
  },

  hasChildren: async (tx: Tx, id: string) =>
    (await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.parentId, id)).limit(1)).length >
    0,

  deleteUnit: (tx: Tx, id: string) => tx.delete(orgUnits).where(eq(orgUnits.id, id)),
};
