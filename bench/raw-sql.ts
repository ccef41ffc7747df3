import { randomBytes } from 'node:crypto';
import { connect } from '../server/db/client';
import { advisorySqlCases } from './advisory-scenarios';
import { appraisalSqlCases } from './appraisal-scenarios';
import { learningSqlCases } from './learning-scenarios';

export type RawSqlResult = { p50: number; p99: number; queriesPerSecond: number };

const iterations = 2000;
/**
 * A slow query stops at this many milliseconds rather than 2,000 runs: the whole raw phase must
 * end before the server drops the bench's idle keep-alive connection (72 s).
 */
const budgetMs = 5_000;
const warmupMs = 1_000;

/**
 * The floor under each scenario: the SQL a request needs, sent sequentially through the same
 * driver (PGlite or pg) with no HTTP, auth or serialisation around it.
 */
export async function measureRawSql(
  databaseUrl: string | undefined,
  dataDir: string | undefined,
  organisationId: string,
): Promise<Record<string, RawSqlResult>> {
  const conn = await connect({ databaseUrl, dataDir, poolSize: 1 });
  const query = async (text: string, params: unknown[]) => {
    if (conn.pglite) await conn.pglite.query(text, params);
    else
      await (
        conn.db as unknown as { $client: { query(t: string, p: unknown[]): Promise<unknown> } }
      ).$client.query(text, params);
  };
  const sessionId = randomBytes(32).toString('hex');
  await query(
    `insert into sessions (id, user_id, csrf_token, expires_at)
     select $1, id, 'x', now() + interval '1 hour' from users where email = 'admin@kadar.example'`,
    [sessionId],
  );
  const cases: Record<string, () => Promise<void>> = {
    me: async () => {
      await query(
        'select s.*, u.* from sessions s join users u on u.id = s.user_id where s.id = $1 and s.expires_at > now()',
        [sessionId],
      );
      await query(
        `select m.*, o.name, o.name_latin, o.country_code, o.kind from memberships m
         join organisations o on o.id = m.organisation_id where m.user_id = (select user_id from sessions where id = $1)`,
        [sessionId],
      );
    },
    organisations: () =>
      query(
        'select * from organisations where search like $1 order by name_latin collate kadar_en, id limit 51',
        ['%novo%'],
      ),
    directory: () =>
      query(
        `select e.*, p.name, p.name_latin from employees e left join positions p on p.id = e.position_id
         where e.organisation_id = $1 order by e.sort_name_latin collate kadar_en, e.id limit 51`,
        [organisationId],
      ),
    search: () =>
      query(
        `select e.*, p.name, p.name_latin from employees e left join positions p on p.id = e.position_id
         where e.search like $1 order by e.sort_name_latin collate kadar_en, e.id limit 51`,
        ['%petrov%'],
      ),
    ...appraisalSqlCases(query, organisationId),
    ...learningSqlCases(query),
    ...advisorySqlCases(query),
  };
  const out: Record<string, RawSqlResult> = {};
  for (const [name, run] of Object.entries(cases)) {
    const warm = performance.now();
    for (let i = 0; i < 200 && performance.now() - warm < warmupMs; i++) await run();
    const times: number[] = [];
    const started = performance.now();
    while (times.length < iterations && performance.now() - started < budgetMs) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    const total = performance.now() - started;
    times.sort((a, b) => a - b);
    out[name] = {
      p50: Number((times[Math.floor(times.length * 0.5)] ?? 0).toFixed(2)),
      p99: Number((times[Math.floor(times.length * 0.99)] ?? 0).toFixed(2)),
      queriesPerSecond: Math.round((times.length / total) * 1000),
    };
  }
  await query('delete from sessions where id = $1', [sessionId]);
  await conn.close();
  return out;
}
