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

const counted = 'country_code = $1 and year = $2';

/** The reading queries of that request (learning-indicators.repo.ts), for the raw SQL floor. */
export const learningSqlCases = (query: Query) => ({
  learningCountry: async () => {
    await query(
      `select dimension, key, sum(count)::int as count from training_counts
       where ${counted} and dimension in ('mode', 'month', 'topic', 'gender')
       group by dimension, key having sum(count) <> 0
       union all
       select 'municipality', organisation_id::text, sum(count)::int from training_counts
       where ${counted} and dimension = 'gender' group by organisation_id having sum(count) <> 0`,
      [syntheticCountryCode, year],
    );
    await query(
      `select count(*)::int as sessions, coalesce(sum(s.hours), 0)::float8 as hours,
         (select (sum(key::numeric * count) / nullif(sum(count), 0))::text from training_counts
           where ${counted} and dimension = 'trainer_rating') as rating,
         (select coalesce(sum(count), 0)::int from training_counts
           where ${counted} and dimension = 'people') as people
       from training_sessions s
       where s.country_code = $1 and s.first_day <= $4 and s.last_day between $3 and $4
         and s.status = 'completed'`,
      [syntheticCountryCode, year, `${year}-01-01`, `${year}-12-31`],
    );
  },
});
