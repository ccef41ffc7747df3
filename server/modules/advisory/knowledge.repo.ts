import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { KnowledgeQuery } from '../../../contracts/advisory-answers';
import type { Tx } from '../../db/client';
import { containsEveryWord } from '../../platform/i18n/word-search';
import { answers } from './advisory.tables';
import { type AnswerView, answerColumns, microsKey } from './answers.repo';

const published = eq(answers.status, 'published');
const publishedKey = microsKey(answers.publishedAt);

/** The public knowledge base: published entries only, whoever reads (system scope). */
export const knowledgeRepo = {
  /** Newest first; the keyset `after` is the last publication time and id seen. */
  list: (tx: Tx, query: KnowledgeQuery, after: [string, string] | null) => {
    const cites = query.lawId
      ? query.article
        ? sql`${answers.lawRefs} @> ${JSON.stringify([{ lawId: query.lawId, article: query.article }])}::jsonb`
        : sql`${answers.lawIds} @> array[${query.lawId}]::uuid[]`
      : undefined;
    const where: Array<SQL | undefined> = [
      published,
      query.country ? eq(answers.countryCode, query.country) : undefined,
      query.areaCode ? eq(answers.areaCode, query.areaCode) : undefined,
      query.subtopicCode ? eq(answers.subtopicCode, query.subtopicCode) : undefined,
      cites,
      ...containsEveryWord(answers.search, query.q),
      after
        ? sql`(${answers.publishedAt}, ${answers.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
        : undefined,
    ];
    return tx
      .select({ ...answerColumns, key: publishedKey })
      .from(answers)
      .where(and(...where))
      .orderBy(desc(answers.publishedAt), desc(answers.id))
      .limit(query.limit + 1);
  },

  find: async (tx: Tx, id: string): Promise<AnswerView | undefined> =>
    (
      await tx
        .select(answerColumns)
        .from(answers)
        .where(and(eq(answers.id, id), published))
    )[0],

  /** One vote, counted in the row itself so concurrent votes never lose one. */
  vote: async (tx: Tx, id: string, helpful: boolean) =>
    (
      await tx
        .update(answers)
        .set(
          helpful
            ? { helpfulYes: sql`${answers.helpfulYes} + 1` }
            : { helpfulNo: sql`${answers.helpfulNo} + 1` },
        )
        .where(and(eq(answers.id, id), published))
        .returning({ helpfulYes: answers.helpfulYes, helpfulNo: answers.helpfulNo })
    )[0],
};
