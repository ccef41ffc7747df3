import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { QuestionListQuery } from '../../../contracts/advisory-questions';
import type { Tx } from '../../db/client';
import { containsPattern } from '../../db/collation';
import type { Actor } from '../../platform/access/actor';
import { reachOf } from '../../platform/access/reach';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { memberships, users } from '../identity/identity.tables';
import { answers, questionFollows, questions } from './advisory.tables';

export type QuestionRow = typeof questions.$inferSelect;

/** Statuses on the experts' clock: `overdue` means one of these past its due day. */
export const runningStatuses = ['submitted', 'claimed'] as const;
const openStatuses = ['submitted', 'claimed', 'needs_info'];

/**
 * The questions an actor sees: those their municipality asked (advice.ask) and those put to
 * their association (advice.answer). Row-level security draws the same line underneath.
 */
export function visibleTo(actor: Actor): SQL | undefined {
  const ask = reachOf(actor, 'advice.ask');
  const answer = reachOf(actor, 'advice.answer');
  if (ask.all || answer.all) return undefined;
  const sides = [
    ask.orgIds.length ? inArray(questions.organisationId, ask.orgIds) : undefined,
    answer.orgIds.length ? inArray(questions.bodyId, answer.orgIds) : undefined,
  ].filter((s): s is SQL => s !== undefined);
  return sides.length ? or(...sides) : sql`false`;
}

export const overdueSql = (day: string) =>
  and(sql`${questions.dueOn} < ${day}`, inArray(questions.status, [...runningStatuses])) as SQL;

/** The creation time to the microsecond, so the keyset cursor never skips a row of the same millisecond. */
const createdKey = sql<string>`to_char(${questions.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** The due day, or a far day while the clock is stopped: the queue lists those last. */
const dueKey = sql<string>`coalesce(${questions.dueOn}::text, '9999-12-31')`;

function filters(actor: Actor, query: QuestionListQuery, day: string) {
  const words = query.q ? foldForSearch(query.q).split(/\s+/).filter(Boolean) : [];
  return [
    visibleTo(actor),
    query.organisationId ? eq(questions.organisationId, query.organisationId) : undefined,
    query.bodyId ? eq(questions.bodyId, query.bodyId) : undefined,
    query.status ? eq(questions.status, query.status) : undefined,
    query.areaCode ? eq(questions.areaCode, query.areaCode) : undefined,
    query.queue === 'open' ? inArray(questions.status, openStatuses) : undefined,
    query.queue === 'mine'
      ? and(eq(questions.expertId, actor.userId), inArray(questions.status, ['claimed', 'needs_info']))
      : undefined,
    query.overdue === 'true' ? overdueSql(day) : undefined,
    query.overdue === 'false' ? sql`not coalesce(${overdueSql(day)}, false)` : undefined,
    ...words.map((w) => like(questions.search, containsPattern(w))),
  ];
}

export const questionsRepo = {
  /**
   * The queues run soonest due first (stopped clocks last); other lists newest first. The keyset
   * `after` is the last sort key and id seen.
   */
  list: (tx: Tx, actor: Actor, query: QuestionListQuery, day: string, after: [string, string] | null) => {
    const byDue = query.queue !== undefined;
    const key = byDue ? dueKey : createdKey;
    const keyset = after
      ? byDue
        ? sql`(${dueKey}, ${questions.id}) > (${after[0]}, ${after[1]}::uuid)`
        : sql`(${questions.createdAt}, ${questions.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
      : undefined;
    return tx
      .select({ row: questions, key })
      .from(questions)
      .where(and(...filters(actor, query, day), keyset))
      .orderBy(
        ...(byDue ? [asc(dueKey), asc(questions.id)] : [desc(questions.createdAt), desc(questions.id)]),
      )
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, actor: Actor, id: string) =>
    (
      await tx
        .select()
        .from(questions)
        .where(and(eq(questions.id, id), visibleTo(actor)))
    )[0],

  /** The question, locked until the transaction ends, so two moves cannot cross. */
  lock: async (tx: Tx, actor: Actor, id: string) =>
    (
      await tx
        .select()
        .from(questions)
        .where(and(eq(questions.id, id), visibleTo(actor)))
        .for('update')
    )[0],

  insert: async (tx: Tx, values: typeof questions.$inferInsert) =>
    (await tx.insert(questions).values(values).returning())[0] as QuestionRow,

  update: async (tx: Tx, id: string, values: Partial<typeof questions.$inferInsert>) =>
    (
      await tx
        .update(questions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(questions.id, id))
        .returning()
    )[0] as QuestionRow,

  /** `<year>-<0001>`, numbered per association and year; serialised so two askers never share one. */
  nextReference: async (tx: Tx, bodyId: string, year: string) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kadar.question-ref.${bodyId}`}))`);
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(questions)
      .where(and(eq(questions.bodyId, bodyId), like(questions.reference, `${year}-%`)));
    return `${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
  },

  /** Active accounts holding one of `roles` in the organisation. */
  members: (tx: Tx, organisationId: string, roles: string[]) =>
    tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.organisationId, organisationId),
          inArray(memberships.role, roles),
          eq(users.status, 'active'),
        ),
      ),

  followers: async (tx: Tx, questionId: string) =>
    (
      await tx
        .select({ id: questionFollows.userId })
        .from(questionFollows)
        .where(eq(questionFollows.questionId, questionId))
    ).map((r) => r.id),

  follow: (tx: Tx, row: QuestionRow, userId: string) =>
    tx
      .insert(questionFollows)
      .values({ questionId: row.id, userId, organisationId: row.organisationId, bodyId: row.bodyId })
      .onConflictDoNothing(),

  unfollow: (tx: Tx, questionId: string, userId: string) =>
    tx
      .delete(questionFollows)
      .where(and(eq(questionFollows.questionId, questionId), eq(questionFollows.userId, userId))),

  /** The knowledge-base entries drafted from these questions (as far as the reader may see them). */
  answerIds: async (tx: Tx, ids: string[]) => {
    if (!ids.length) return new Map<string, string>();
    const rows = await tx
      .select({ id: answers.id, questionId: answers.questionId })
      .from(answers)
      .where(inArray(answers.questionId, ids));
    return new Map(rows.map((r) => [r.questionId as string, r.id]));
  },

  /** Which of these questions `userId` follows. */
  followed: async (tx: Tx, ids: string[], userId: string) => {
    if (!ids.length) return new Set<string>();
    const rows = await tx
      .select({ id: questionFollows.questionId })
      .from(questionFollows)
      .where(and(inArray(questionFollows.questionId, ids), eq(questionFollows.userId, userId)));
    return new Set(rows.map((r) => r.id));
  },
};
