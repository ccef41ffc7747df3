import { syntheticCountryCode } from '../server/seed/synthetic-seed';

type Query = (text: string, params: unknown[]) => Promise<void>;

/** The synthetic training is seeded over the current year (server/seed/synthetic-learning-seed.ts). */
const year = new Date().getFullYear();

/**
 * "Training indicators": the national dashboard of the synthetic country, about a million
 * places over the year's sessions. Goal: p95 ≤ 150 ms on PostgreSQL.
 */
export const learningScenarios = () => [
  {
    name: 'GET /api/v1/learning-indicators (whole country, ~1M enrolments)',
    url: `/api/v1/learning-indicators?country=${syntheticCountryCode}&year=${year}`,
    sql: 'learningCountry' as const,
  },
];

const sessions = `select s.id, s.last_day, s.status,
    case when s.restricted_to_id is not null then 'on_request' else s.mode end as mode, p.topic_area
  from training_sessions s join programmes p on p.id = s.programme_id
  where s.country_code = $1 and s.first_day <= $3 and s.last_day between $2 and $3`;

/** The counting queries of that request (learning-indicators.repo.ts), for the raw SQL floor. */
export const learningSqlCases = (query: Query) => ({
  learningCountry: async () => {
    const params = [syntheticCountryCode, `${year}-01-01`, `${year}-12-31`];
    await query(
      `with s as materialized (${sessions})
       select s.mode, extract(month from s.last_day)::int as month, s.topic_area as topic,
         e.organisation_id::text as org, coalesce(e.gender, 'unknown') as gender, count(*)::int as count
       from s join enrolments e on e.session_id = s.id and e.status = 'completed'
       group by grouping sets ((s.mode), (extract(month from s.last_day)), (s.topic_area),
         (e.organisation_id), (coalesce(e.gender, 'unknown')))`,
      params,
    );
    await query(
      `with s as materialized (${sessions}),
       held as materialized (select s.id from s where s.status = 'completed')
       select (select count(*)::int from held) as sessions,
         (select sum(extract(epoch from (d.ends_at::time - d.starts_at::time)) / 3600)
           from session_days d where d.session_id in (select id from held)) as hours,
         (select avg((v.ratings->>'trainer')::numeric) from evaluations v
           where v.session_id in (select id from held) and v.source = 'participant' and v.ratings ? 'trainer') as rating,
         (select count(*)::int from (select distinct e.employee_id from s
           join enrolments e on e.session_id = s.id and e.status = 'completed') p) as people`,
      params,
    );
  },
});
