import { and, asc, eq, sql } from 'drizzle-orm';
import type { LearningTarget } from '../../../contracts/learning-indicators';
import type { Tx } from '../../db/client';
import { learningTargets } from './planning.tables';

export type Grouped = {
  dimension: 'mode' | 'month' | 'topic' | 'municipality' | 'gender';
  key: string;
  count: number;
};
export type Delivery = { sessions: number; hours: number; trainerRating: number | null; people: number };

/** Whose training a figure counts: a country's sessions of a year, optionally one municipality's people. */
export type IndicatorWhere = { countryCode: string; year: number; organisationId: string | null };

/** Raw-SQL results: both drivers return `{ rows }`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The counts of a country's year (kept by triggers, db/migrations/0023), optionally one municipality's. */
const counted = (w: IndicatorWhere) =>
  sql`country_code = ${w.countryCode} and year = ${w.year} ${
    w.organisationId ? sql`and organisation_id = ${w.organisationId}` : sql``
  }`;

export const learningIndicatorsRepo = {
  /**
   * Completed places along every breakdown. Each place is counted once per breakdown, so the
   * municipalities' figures are the sums of their gender counts.
   */
  async grouped(tx: Tx, w: IndicatorWhere): Promise<Grouped[]> {
    const result = await tx.execute(sql`
      select dimension, key, sum(count)::int as count from training_counts
      where ${counted(w)} and dimension in ('mode', 'month', 'topic', 'gender')
      group by dimension, key having sum(count) <> 0
      union all
      select 'municipality', organisation_id::text, sum(count)::int from training_counts
      where ${counted(w)} and dimension = 'gender'
      group by organisation_id having sum(count) <> 0`);
    return rowsOf<Grouped>(result);
  },

  /**
   * Distinct people, held sessions, their hours and the participants' mean rating of the trainer.
   * For one municipality only the sessions its people completed count. A personnel record belongs
   * to one municipality, so the municipalities' `people` counts add up to the country's.
   */
  async delivery(tx: Tx, w: IndicatorWhere): Promise<Delivery> {
    // Read through training_sessions_country_idx (country_code, first_day): a session ends after
    // it starts, so first_day <= 31 December bounds the scan.
    const mine = w.organisationId
      ? sql`and s.id in (select e.session_id from enrolments e
          where e.organisation_id = ${w.organisationId} and e.status = 'completed')`
      : sql``;
    type Row = { sessions: number; hours: number; rating: string | null; people: number };
    const result = await tx.execute(sql`select
        count(*)::int as sessions, coalesce(sum(s.hours), 0)::float8 as hours,
        (select (sum(key::numeric * count) / nullif(sum(count), 0))::text from training_counts
          where ${counted(w)} and dimension = 'trainer_rating') as rating,
        (select coalesce(sum(count), 0)::int from training_counts
          where ${counted(w)} and dimension = 'people') as people
      from training_sessions s
      where s.country_code = ${w.countryCode} and s.first_day <= ${`${w.year}-12-31`}
        and s.last_day between ${`${w.year}-01-01`} and ${`${w.year}-12-31`}
        and s.status = 'completed' ${mine}`);
    const r = rowsOf<Row>(result)[0];
    return {
      sessions: r?.sessions ?? 0,
      hours: r?.hours ?? 0,
      trainerRating: r?.rating ? Math.round(Number(r.rating) * 100) / 100 : null,
      people: r?.people ?? 0,
    };
  },

  targets: (tx: Tx, countryCode: string, year: number) =>
    tx
      .select({
        countryCode: learningTargets.countryCode,
        year: learningTargets.year,
        mode: learningTargets.mode,
        trained: learningTargets.trained,
      })
      .from(learningTargets)
      .where(and(eq(learningTargets.countryCode, countryCode), eq(learningTargets.year, year)))
      .orderBy(asc(learningTargets.mode)) as Promise<LearningTarget[]>,

  /** The year's targets replaced by `items` (a mode left out has no target). */
  async replaceTargets(
    tx: Tx,
    countryCode: string,
    year: number,
    items: { mode: string; trained: number }[],
  ) {
    await tx
      .delete(learningTargets)
      .where(and(eq(learningTargets.countryCode, countryCode), eq(learningTargets.year, year)));
    if (items.length)
      await tx.insert(learningTargets).values(items.map((i) => ({ countryCode, year, ...i })));
  },
};
