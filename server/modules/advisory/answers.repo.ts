import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnswerListQuery } from '../../../contracts/advisory-answers';
import type { Tx } from '../../db/client';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { answers, laws, questionMessages, questions } from './advisory.tables';

export type AnswerRow = typeof answers.$inferSelect;
export type AnswerView = { row: AnswerRow; needsRecheck: boolean };

/** A cited law was amended after the answer was last checked (outer columns named with their table). */
export const needsRecheckSql = sql<boolean>`exists (select 1 from ${laws} l
  where l.id = any(answers.law_ids) and l.amended_on > answers.checked_on)`;

export const answerColumns = { row: answers, needsRecheck: needsRecheckSql };

/** A timestamp to the microsecond, so the keyset cursor never skips a row of the same millisecond. */
export const microsKey = (column: typeof answers.createdAt | typeof answers.publishedAt) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const createdKey = microsKey(answers.createdAt);

export const answersRepo = {
  /** The entries of the actor's associations (`bodyIds` null: every one), newest first. */
  list: (tx: Tx, bodyIds: string[] | null, query: AnswerListQuery, after: [string, string] | null) => {
    const where: Array<SQL | undefined> = [
      bodyIds ? inArray(answers.bodyId, bodyIds) : undefined,
      query.bodyId ? eq(answers.bodyId, query.bodyId) : undefined,
      query.status ? eq(answers.status, query.status) : undefined,
      query.needsRecheck === 'true' ? needsRecheckSql : undefined,
      query.needsRecheck === 'false' ? sql`not ${needsRecheckSql}` : undefined,
      ...containsEveryWord(answers.search, query.q),
      after
        ? sql`(${answers.createdAt}, ${answers.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ];
    return tx
      .select({ ...answerColumns, key: createdKey })
      .from(answers)
      .where(and(...where))
      .orderBy(desc(answers.createdAt), desc(answers.id))
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, id: string): Promise<AnswerView | undefined> =>
    (await tx.select(answerColumns).from(answers).where(eq(answers.id, id)))[0],

  /** Undefined when the question already has its entry. */
  insert: async (tx: Tx, values: typeof answers.$inferInsert) =>
    (await tx.insert(answers).values(values).onConflictDoNothing().returning())[0],

  update: async (tx: Tx, id: string, values: Partial<typeof answers.$inferInsert>) =>
    (
      await tx
        .update(answers)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(answers.id, id))
        .returning()
    )[0] as AnswerRow,

  question: async (tx: Tx, id: string) => (await tx.select().from(questions).where(eq(questions.id, id)))[0],

  existsFor: async (tx: Tx, questionId: string) =>
    (await tx.select({ id: answers.id }).from(answers).where(eq(answers.questionId, questionId))).length > 0,

  /** The messages of a question: the last `answer` is the entry's text, the authors are anonymised. */
  messages: (tx: Tx, questionId: string) =>
    tx
      .select({
        kind: questionMessages.kind,
        authorName: questionMessages.authorName,
        text: questionMessages.text,
      })
      .from(questionMessages)
      .where(eq(questionMessages.questionId, questionId))
      .orderBy(questionMessages.createdAt, questionMessages.id),
};
