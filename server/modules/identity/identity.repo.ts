import { and, asc, eq, gt, inArray, isNull, like, ne, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { Membership, UserListQuery } from '../../../contracts/identity';
import type { Tx } from '../../db/client';
import { collated, containsPattern } from '../../db/collation';
import { inReachOrgs, type Reach } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { organisations } from '../organisations/organisations.tables';
import { memberships, sessions, users, userTokens } from './identity.tables';

export type UserRow = typeof users.$inferSelect;

const membershipColumns = {
  id: memberships.id,
  userId: memberships.userId,
  organisationId: memberships.organisationId,
  organisationName: organisations.name,
  organisationNameLatin: organisations.nameLatin,
  countryCode: organisations.countryCode,
  orgKind: organisations.kind,
  role: memberships.role,
  orgUnitId: memberships.orgUnitId,
};

export type MembershipRow = Membership & { userId: string };

export const identityRepo = {
  findUserByEmail: async (tx: Tx, email: string) =>
    (await tx.select().from(users).where(eq(users.email, email)))[0],

  findUser: async (tx: Tx, id: string) => (await tx.select().from(users).where(eq(users.id, id)))[0],

  insertUser: (tx: Tx, values: typeof users.$inferInsert) => tx.insert(users).values(values),

  updateUser: async (tx: Tx, id: string, values: Partial<typeof users.$inferInsert>) =>
    (
      await tx
        .update(users)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning()
    )[0] as UserRow,

  /** Memberships of these users, limited to what `reach` may see (all when omitted). */
  membershipsOf: async (tx: Tx, userIds: string[], reach?: Reach): Promise<MembershipRow[]> => {
    if (userIds.length === 0) return [];
    const rows = await tx
      .select(membershipColumns)
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(
        and(
          inArray(memberships.userId, userIds),
          reach ? inReachOrgs(memberships.organisationId, reach) : undefined,
        ),
      )
      .orderBy(asc(memberships.createdAt));
    return rows as MembershipRow[];
  },

  findMembership: async (tx: Tx, id: string) =>
    (await tx.select().from(memberships).where(eq(memberships.id, id)))[0],

  insertMembership: (tx: Tx, values: typeof memberships.$inferInsert) =>
    tx.insert(memberships).values(values),

  deleteMembership: (tx: Tx, id: string) => tx.delete(memberships).where(eq(memberships.id, id)),

  /** Users with a membership within `reach`, by name in the reader's collation. */
  async listUsers(
    tx: Tx,
    reach: Reach,
    query: UserListQuery,
    locale: Locale,
    after: [string, string] | null,
  ) {
    const sortKey = collated(users.name, locale);
    const q = query.q ? foldForSearch(query.q) : '';
    const memberWhere: Array<SQL | undefined> = [
      inReachOrgs(memberships.organisationId, reach),
      query.organisationId ? eq(memberships.organisationId, query.organisationId) : undefined,
      query.role ? eq(memberships.role, query.role) : undefined,
    ];
    const scoped = memberWhere.some(Boolean);
    return tx
      .select()
      .from(users)
      .where(
        and(
          scoped
            ? inArray(
                users.id,
                tx
                  .select({ id: memberships.userId })
                  .from(memberships)
                  .where(and(...memberWhere)),
              )
            : undefined,
          q ? like(users.search, containsPattern(q)) : undefined,
          after ? sql`(${sortKey}, ${users.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
        ),
      )
      .orderBy(sortKey, asc(users.id))
      .limit(query.limit + 1);
  },

  insertSession: (tx: Tx, values: typeof sessions.$inferInsert) => tx.insert(sessions).values(values),

  findLiveSession: async (tx: Tx, id: string) =>
    (
      await tx
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), eq(users.status, 'active')))
    )[0],

  touchSession: (tx: Tx, id: string, expiresAt: Date) =>
    tx.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.id, id)),

  deleteSession: (tx: Tx, id: string) => tx.delete(sessions).where(eq(sessions.id, id)),

  /** Signs the user out everywhere, except the session they act from when given. */
  deleteSessionsOf: (tx: Tx, userId: string, keep?: string) =>
    tx.delete(sessions).where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined)),

  insertToken: (tx: Tx, values: typeof userTokens.$inferInsert) => tx.insert(userTokens).values(values),

  findUsableToken: async (tx: Tx, id: string) =>
    (
      await tx
        .select()
        .from(userTokens)
        .where(and(eq(userTokens.id, id), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())))
    )[0],

  useTokensOf: (tx: Tx, userId: string) =>
    tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt))),
};
