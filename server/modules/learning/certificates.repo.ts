import { and, desc, eq, exists, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { CertificateListQuery } from '../../../contracts/learning-certificates';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import type { Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { organisations } from '../organisations/organisations.tables';
import { employeeReach } from '../people/people.repo';
import { employees } from '../people/people.tables';
import { certificates } from './enrolments.tables';

export type CertificateRow = typeof certificates.$inferSelect;

/** Whose certificates a reader sees: those their body issued, and those in the files they read. */
export type CertificateReach = { issued: Reach; files: Reach; userId: string };

const holderFile = (condition: SQL | undefined) =>
  exists(
    sql`(select 1 from ${employees} where ${employees.id} = ${certificates.employeeId} and ${condition ?? sql`true`})`,
  );

function visible(reach: CertificateReach): SQL | undefined {
  const { issued, files, userId } = reach;
  if (issued.all || files.all) return undefined;
  const parts: SQL[] = [];
  if (issued.orgIds.length) parts.push(inArray(certificates.issuerId, issued.orgIds));
  if (files.orgIds.length || files.units.length || files.selfIn.length)
    parts.push(holderFile(employeeReach(files, userId)));
  return parts.length ? or(...parts) : sql`false`;
}

/** The holder's Latin name folded as `foldForSearch` folds a query (diacritics off, đ → dj). */
const foldedHolder = sql`replace(replace(replace(replace(unaccent(replace(lower(${certificates.holderNameLatin}), 'đ', 'dj')), 'zh', 'z'), 'sh', 's'), 'ch', 'c'), 'ts', 'c')`;

export const certificatesRepo = {
  /** Newest first; `q` finds a code or the holder's name in either script. */
  list(
    tx: Tx,
    reach: CertificateReach,
    query: Omit<CertificateListQuery, 'cursor'>,
    after: [string, string] | null,
  ) {
    const q = query.q ? foldForSearch(query.q) : '';
    return tx
      .select()
      .from(certificates)
      .where(
        and(
          visible(reach),
          query.employeeId ? eq(certificates.employeeId, query.employeeId) : undefined,
          query.sessionId ? eq(certificates.sessionId, query.sessionId) : undefined,
          query.organisationId ? eq(certificates.organisationId, query.organisationId) : undefined,
          query.issuerId ? eq(certificates.issuerId, query.issuerId) : undefined,
          query.mine ? holderFile(eq(employees.userId, reach.userId)) : undefined,
          query.q
            ? or(
                sql`${certificates.code} ilike ${containsPattern(query.q)}`,
                q ? sql`${foldedHolder} like ${containsPattern(q)}` : undefined,
              )
            : undefined,
          after
            ? sql`(${certificates.issuedOn}, ${certificates.id}) < (${after[0]}, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(certificates.issuedOn), desc(certificates.id))
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, reach: CertificateReach, id: string) =>
    (
      await tx
        .select()
        .from(certificates)
        .where(and(eq(certificates.id, id), visible(reach)))
    )[0],

  /** For the public lookup (system scope): the certificate with its issuer's names. */
  byCode: async (tx: Tx, code: string) =>
    (
      await tx
        .select({
          row: certificates,
          issuerName: organisations.name,
          issuerNameLatin: organisations.nameLatin,
        })
        .from(certificates)
        .innerJoin(organisations, eq(organisations.id, certificates.issuerId))
        .where(eq(certificates.code, code))
    )[0],

  revoke: async (tx: Tx, id: string, revokedOn: string, reason: string) =>
    (
      await tx
        .update(certificates)
        .set({ revokedOn, revokeReason: reason })
        .where(eq(certificates.id, id))
        .returning()
    )[0] as CertificateRow,
};
