import { syntheticCountryCode } from '../server/seed/synthetic-seed';

type Query = (text: string, params: unknown[]) => Promise<void>;

/**
 * "Appraisal distribution": a year's grades per unit of one synthetic municipality, and per
 * municipality of the whole synthetic country, each with the four years before for comparison
 * (the year defaults to the newest with decided grades). Goal: p95 ≤ 150 ms on PostgreSQL.
 */
export const appraisalScenarios = (organisationId: string) => [
  {
    name: 'GET /api/v1/appraisal-reports/distribution (one municipality by unit)',
    url: `/api/v1/appraisal-reports/distribution?organisationId=${organisationId}&by=unit`,
    sql: 'appraisalUnits' as const,
  },
  {
    name: 'GET /api/v1/appraisal-reports/distribution (whole country by municipality)',
    url: `/api/v1/appraisal-reports/distribution?country=${syntheticCountryCode}&by=municipality`,
    sql: 'appraisalCountry' as const,
  },
];

// The synthetic seed's newest graded year is last year, with four more before it.
const year = new Date().getFullYear() - 1;
const decided = `kind = 'regular' and status in ('finalised', 'appealed', 'closed') and grade is not null`;
const country = `(select id from organisations where country_code = '${syntheticCountryCode}' and kind <> 'national_body')`;

/** The counting queries of those requests, for the raw SQL floor (bench/raw-sql.ts). */
export const appraisalSqlCases = (query: Query, organisationId: string) => ({
  appraisalUnits: async () => {
    await query(
      `select org_unit_id::text, grade, count(*)::int from appraisals
       where organisation_id = $1 and year = $2 and ${decided} group by org_unit_id, grade`,
      [organisationId, year],
    );
    await query(
      `select year::text, grade, count(*)::int from appraisals
       where organisation_id = $1 and year between $2 and $3 and ${decided} group by year, grade`,
      [organisationId, year - 4, year - 1],
    );
  },
  appraisalCountry: async () => {
    await query(
      `select organisation_id::text, grade, count(*)::int from appraisals
       where organisation_id in ${country} and year = $1 and ${decided} group by organisation_id, grade`,
      [year],
    );
    await query(
      `select year::text, grade, count(*)::int from appraisals
       where organisation_id in ${country} and year between $1 and $2 and ${decided} group by year, grade`,
      [year - 4, year - 1],
    );
  },
});
