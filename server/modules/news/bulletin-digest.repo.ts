import { and, desc, eq, gt, gte, lte, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { BulletinItem } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { answers } from '../advisory/advisory.tables';
import { programmes } from '../learning/programmes.tables';
import { trainingSessions } from '../learning/sessions.tables';
import { documents } from '../library/library.tables';
import { practices, practiceWeeks } from '../practices/practices.tables';
import { posts } from './news.tables';

export type Period = { from: Date; to: Date; country: string; bodyId: string };

const day = (d: Date) => d.toISOString().slice(0, 10);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * What was new in a country in a period, read (system scope, public rows only) from the tables of
 * the other modules. Each part is a plain query, so a module with no rows simply adds nothing.
 */
export const bulletinDigestRepo = {
  async items(tx: Tx, p: Period): Promise<BulletinItem[]> {
    const within = (column: AnyPgColumn) => and(gt(column, p.from), lte(column, p.to));
    const answerRows = await tx
      .select({ id: answers.id, title: answers.title, at: answers.publishedAt })
      .from(answers)
      .where(
        and(eq(answers.countryCode, p.country), eq(answers.status, 'published'), within(answers.publishedAt)),
      )
      .orderBy(desc(answers.publishedAt));
    const practiceRows = await tx
      .select({ id: practices.id, title: practices.title, at: practices.publishedAt })
      .from(practices)
      .where(
        and(
          eq(practices.countryCode, p.country),
          eq(practices.status, 'published'),
          within(practices.publishedAt),
        ),
      )
      .orderBy(desc(practices.publishedAt));
    const documentRows = await tx
      .select({ id: documents.id, title: documents.title, at: documents.createdAt })
      .from(documents)
      .where(
        and(
          eq(documents.countryCode, p.country),
          eq(documents.visibility, 'public'),
          within(documents.createdAt),
        ),
      )
      .orderBy(desc(documents.createdAt));
    const sessionRows = await tx
      .select({
        programmeId: trainingSessions.programmeId,
        title: programmes.title,
        opens: trainingSessions.registrationOpens,
      })
      .from(trainingSessions)
      .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
      .where(
        and(
          eq(trainingSessions.countryCode, p.country),
          eq(trainingSessions.status, 'scheduled'),
          gt(trainingSessions.registrationOpens, day(p.from)),
          lte(trainingSessions.registrationOpens, day(p.to)),
        ),
      )
      .orderBy(trainingSessions.registrationOpens);
    const postRows = await tx
      .select({
        id: posts.id,
        kind: posts.kind,
        title: posts.title,
        at: posts.publishedAt,
        startsAt: posts.startsAt,
      })
      .from(posts)
      .where(
        and(
          eq(posts.status, 'published'),
          or(eq(posts.audience, 'all'), and(eq(posts.audience, 'country'), eq(posts.countryCode, p.country))),
          within(posts.publishedAt),
        ),
      )
      .orderBy(desc(posts.publishedAt));
    const [week] = await tx
      .select({ id: practices.id, title: practices.title, weekOf: practiceWeeks.weekOf })
      .from(practiceWeeks)
      .innerJoin(practices, eq(practices.id, practiceWeeks.practiceId))
      .where(
        and(
          eq(practiceWeeks.bodyId, p.bodyId),
          eq(practices.status, 'published'),
          lte(practiceWeeks.weekOf, day(p.to)),
          gte(practiceWeeks.weekOf, sql`${day(p.from)}::date - 6`),
        ),
      )
      .orderBy(desc(practiceWeeks.weekOf))
      .limit(1);
    return [
      ...(week
        ? [
            {
              kind: 'practice_of_week' as const,
              title: week.title,
              path: `/practices/${week.id}`,
              date: `${week.weekOf}T00:00:00.000Z`,
            },
          ]
        : []),
      ...postRows
        .filter((r) => r.kind === 'news')
        .map((r) => ({ kind: 'news' as const, title: r.title, path: `/news/${r.id}`, date: iso(r.at) })),
      ...postRows
        .filter((r) => r.kind === 'event')
        .map((r) => ({
          kind: 'event' as const,
          title: r.title,
          path: `/events/${r.id}`,
          date: iso(r.startsAt),
        })),
      ...answerRows.map((r) => ({
        kind: 'answer' as const,
        title: r.title,
        path: `/knowledge/${r.id}`,
        date: iso(r.at),
      })),
      ...practiceRows
        .filter((r) => r.id !== week?.id)
        .map((r) => ({
          kind: 'practice' as const,
          title: r.title,
          path: `/practices/${r.id}`,
          date: iso(r.at),
        })),
      ...documentRows.map((r) => ({
        kind: 'document' as const,
        title: r.title,
        path: `/library/${r.id}`,
        date: iso(r.at),
      })),
      ...sessionRows.map((r) => ({
        kind: 'session' as const,
        title: r.title.name,
        path: `/catalogue/${r.programmeId}`,
        date: `${r.opens}T00:00:00.000Z`,
      })),
    ];
  },
};
