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

/**
 * The country's sessions whose last day falls in the year, with what the breakdowns need. It is
 * read through training_sessions_country_idx (country_code, first_day): a session ends after it
 * starts, so first_day <= 31 December bounds the scan.
 */
const yearSessions = (w: IndicatorWhere) => sql`select s.id, s.last_day, s.status,
    case when s.restricted_to_id is not null then 'on_request' else s.mode end as mode,
    p.topic_area
  from training_sessions s join programmes p on p.id = s.programme_id
  where s.country_code = ${w.countryCode} and s.first_day <= ${`${w.year}-12-31`}
    and s.last_day between ${`${w.year}-01-01`} and ${`${w.year}-12-31`}`;

/** Raw-SQL results: both drivers return `{ rows }`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

const ofMunicipality = (w: IndicatorWhere) =>
  w.organisationId ? sql`and e.organisation_id = ${w.organisationId}` : sql``;

export const learningIndicatorsRepo = {
  /**
   * Completed places counted along every breakdown in one grouped pass over the enrolments of the
   * year's sessions (enrolments_session_idx (session_id, status, …) finds them per session).
   */
  async grouped(tx: Tx, w: IndicatorWhere): Promise<Grouped[]> {
    type Row = {
      mode: string | null;
      month: number | null;
      topic: string | null;
      org: string | null;
      gender: string | null;
      count: number;
    };
    const result = await tx.execute(sql`
      with s as materialized (${yearSessions(w)})
      select s.mode, extract(month from s.last_day)::int as month, s.topic_area as topic,
        e.organisation_id::text as org, coalesce(e.gender, 'unknown') as gender,
        count(*)::int as count
      from s join enrolments e on e.session_id = s.id and e.status = 'completed' ${ofMunicipality(w)}
      group by grouping sets ((s.mode), (extract(month from s.last_day)), (s.topic_area),
        (e.organisation_id), (coalesce(e.gender, 'unknown')))`);
    return rowsOf<Row>(result).flatMap((r): Grouped[] => {
      if (r.mode !== null) return [{ dimension: 'mode', key: r.mode, count: r.count }];
      if (r.month !== null) return [{ dimension: 'month', key: String(r.month), count: r.count }];
      if (r.topic !== null) return [{ dimension: 'topic', key: r.topic, count: r.count }];
      if (r.org !== null) return [{ dimension: 'municipality', key: r.org, count: r.count }];
      if (r.gender !== null) return [{ dimension: 'gender', key: r.gender, count: r.count }];
      return [];
    });
  },

  /**
   * Distinct people, held sessions, their hours and the participants' mean rating of the trainer.
   * For one municipality only the sessions its people completed count.
   */
  async delivery(tx: Tx, w: IndicatorWhere): Promise<Delivery> {
    const mine = w.organisationId
      ? sql`and exists (select 1 from enrolments e where e.session_id = s.id and e.status = 'completed' ${ofMunicipality(w)})`
      : sql``;
    type Row = { sessions: number; hours: number | null; rating: string | null; people: number };
    const result = await tx.execute(sql`
      with s as materialized (${yearSessions(w)}),
      held as materialized (select s.id from s where s.status = 'completed' ${mine})
      select
        (select count(*)::int from held) as sessions,
        (select round(sum(extract(epoch from (d.ends_at::time - d.starts_at::time)) / 3600)::numeric, 1)::float8
          from session_days d where d.session_id in (select id from held)) as hours,
        (select avg((v.ratings->>'trainer')::numeric)::text from evaluations v
          where v.session_id in (select id from held) and v.source = 'participant'
            and v.ratings ? 'trainer' ${w.organisationId ? sql`and v.organisation_id = ${w.organisationId}` : sql``}) as rating,
        (select count(*)::int from (select distinct e.employee_id from s
          join enrolments e on e.session_id = s.id and e.status = 'completed' ${ofMunicipality(w)}) p) as people`);
    const r = rowsOf<Row>(result)[0];
    return {
      sessions: r?.sessions ?? 0,
      hours: r?.hours ?? 0,
      trainerRating: r?.rating ? Math.round(Number(r.rating) * 100) / 100 : null,
      people: r?.people ?? 0,
    };
  },

  /** What changes when the year's figures may change: the number of its sessions and their newest change. */
  async fingerprint(tx: Tx, w: IndicatorWhere): Promise<string> {
    const result =
      await tx.execute(sql`select count(*)::int as n, coalesce(max(s.updated_at), 'epoch')::text as at
      from training_sessions s where s.country_code = ${w.countryCode} and s.first_day <= ${`${w.year}-12-31`}
        and s.last_day between ${`${w.year}-01-01`} and ${`${w.year}-12-31`}`);
    const r = rowsOf<{ n: number; at: string }>(result)[0];
    return `${r?.n ?? 0}@${r?.at ?? ''}`;
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
