/**
 * `npm run bench`: load scenarios against a Kadar server this script starts (PGlite, then a
 * throwaway PostgreSQL cluster when Debian's postgresql is installed), in the same run as a bare
 * Fastify serving the same JSON and the raw SQL through the same driver. Writes
 * bench/results/<date>-<kind>.json and bench/results/latest.md. Figures depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { syntheticCountryCode } from '../server/seed/synthetic-seed';
import { advisoryScenarios } from './advisory-scenarios';
import { appraisalScenarios } from './appraisal-scenarios';
import { measureEnrolmentBurst } from './enrolment-burst';
import { measureImportExport } from './import-export';
import { learningScenarios } from './learning-scenarios';
import { startPostgres } from './postgres-cluster';
import { measureRawSql, type RawSqlResult } from './raw-sql';
import { startProcess } from './server-process';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    municipalities: { type: 'string', default: '200' },
    only: { type: 'string' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const password = 'bench-password-2026';
const kadarPort = 3311;
const barePort = 3312;
const resultsDir = path.resolve(import.meta.dirname, 'results');

/** `organisationId`: a synthetic municipality of about 500 people, out of the whole country's. */
const scenariosFor = (organisationId: string) => [
  { name: 'GET /api/v1/me', url: '/api/v1/me', sql: 'me' as const },
  {
    name: 'GET /api/v1/organisations?q=novo',
    url: '/api/v1/organisations?q=novo&limit=50',
    sql: 'organisations' as const,
  },
  {
    name: 'GET /api/v1/employees (one municipality, first page)',
    url: `/api/v1/employees?organisationId=${organisationId}&limit=50`,
    sql: 'directory' as const,
  },
  {
    name: 'GET /api/v1/employees?q=petrov (whole country)',
    url: '/api/v1/employees?q=petrov&limit=50',
    sql: 'search' as const,
  },
  ...appraisalScenarios(organisationId),
  ...learningScenarios(),
  ...advisoryScenarios(),
];

type Load = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string, cookie: string, clients = connections): Promise<Load> {
  const r = await autocannon({
    url,
    connections: clients,
    duration,
    headers: { cookie, 'accept-language': 'en' },
  });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

async function benchKind(kind: 'pglite' | 'postgres') {
  // A run takes minutes: say where it is.
  const step = (what: string) => console.log(`[${kind}] ${what}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kadar-bench-'));
  const pg = kind === 'postgres' ? startPostgres(55433) : null;
  if (kind === 'postgres' && !pg) return null;
  const dbEnv: Record<string, string> = pg
    ? { DATABASE_URL: pg.url }
    : { DATA_DIR: path.join(dataDir, 'db') };
  const serverEnv = {
    ...dbEnv,
    PORT: String(kadarPort),
    DEMO_PASSWORD: password,
    RATE_LIMIT_MAX: '100000000',
    WEB_DIR: '/nonexistent',
  };
  try {
    // Cold start on a new data folder: create, migrate, load the demo.
    const fresh = await startProcess('server/main.ts', serverEnv, /Kadar is running/);
    const coldStartNewMs = Math.round(fresh.readyMs);
    const rssFreshMb = Math.round(fresh.rssMb());
    await fresh.stop();

    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/seed/seed-cli.ts',
        '--municipalities',
        args.municipalities ?? '200',
        // A million training places for the indicators dashboard; PGlite is spared the load.
        ...(kind === 'postgres' ? ['--enrolments', '1000000'] : []),
        // The knowledge base the advisory search runs over.
        '--answers',
        kind === 'postgres' ? '50000' : '5000',
        // The library the document search runs over (text rows, a few thousand characters each).
        '--documents',
        '5000',
      ],
      {
        cwd: path.resolve(import.meta.dirname, '..'),
        env: { ...process.env, ...dbEnv, DEMO_PASSWORD: password },
        stdio: 'inherit',
      },
    );

    step('starting Kadar on the seeded database');
    const server = await startProcess('server/main.ts', serverEnv, /Kadar is running/);
    const coldStartExistingMs = Math.round(server.readyMs);
    const base = `http://127.0.0.1:${kadarPort}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kadar.example', password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const headersOf = (extra: Record<string, string> = {}) => ({ cookie, 'x-csrf-token': csrf, ...extra });
    const get = async <T>(url: string) =>
      (await (await fetch(base + url, { headers: headersOf() })).json()) as T;
    const [municipality] = (
      await get<{ items: Array<{ id: string }> }>(
        `/api/v1/organisations?country=${syntheticCountryCode}&kind=municipality&limit=2`,
      )
    ).items;
    if (!municipality) throw new Error('no synthetic municipality: did the seed run?');
    const scenarios = scenariosFor(municipality.id);
    step('raw SQL');
    const raw: Record<string, RawSqlResult> = await measureRawSql(
      dbEnv.DATABASE_URL,
      dbEnv.DATA_DIR,
      municipality.id,
    );
    const bodies: Record<string, unknown> = {};
    const kadar: Record<string, Load> = {};
    // One client at a time, as the raw SQL is timed: latency without queueing behind other requests.
    const alone: Record<string, Load> = {};
    for (const s of scenarios) {
      step(s.name);
      bodies[s.url] = await (await fetch(base + s.url, { headers: { cookie } })).json();
      kadar[s.name] = await load(base + s.url, cookie);
      alone[s.name] = await load(base + s.url, cookie, 1);
    }
    const rssAfterLoadMb = Math.round(server.rssMb());
    const [act] = (
      await get<{ items: Array<{ id: string; status: string }> }>(
        `/api/v1/systematisations?organisationId=${municipality.id}`,
      )
    ).items.filter((v) => v.status === 'adopted');
    const [position] = (
      await get<{ items: Array<{ code: string }> }>(`/api/v1/positions?systematisationId=${act?.id}&limit=1`)
    ).items;
    step('import and export of 10,000 rows');
    const importExport = await measureImportExport(base, headersOf, municipality.id, position?.code ?? '1');
    step('500 simultaneous enrolments into 30 seats');
    const enrolmentBurst = await measureEnrolmentBurst(
      base,
      headersOf,
      municipality.id,
      syntheticCountryCode,
    );
    await server.stop();

    const bodiesFile = path.join(dataDir, 'bodies.json');
    writeFileSync(bodiesFile, JSON.stringify(bodies));
    step('bare Fastify');
    const bare = await startProcess(
      'bench/bare-server.ts',
      { PORT: String(barePort), BARE_BODIES: bodiesFile },
      /ready/,
    );
    const bareLoads: Record<string, Load> = {};
    for (const s of scenarios) bareLoads[s.name] = await load(`http://127.0.0.1:${barePort}${s.url}`, '');
    await bare.stop();

    return {
      kind,
      coldStartNewMs,
      coldStartExistingMs,
      rssFreshMb,
      rssAfterLoadMb,
      importExport,
      enrolmentBurst,
      scenarios: scenarios.map((s) => {
        const k = kadar[s.name] as Load;
        const one = alone[s.name] as Load;
        const b = bareLoads[s.name] as Load;
        const r = raw[s.sql] as RawSqlResult;
        return {
          name: s.name,
          kadar: k,
          kadarOneClient: one,
          bareFastify: b,
          rawSql: r,
          rpsVsBare: Number((k.rps / b.rps).toFixed(2)),
          p99VsRawSql: Number((k.p99 / Math.max(r.p99, 0.01)).toFixed(1)),
          oneClientP99VsRawSql: Number((one.p99 / Math.max(r.p99, 0.01)).toFixed(1)),
          responseItems: Array.isArray((bodies[s.url] as { items?: unknown[] }).items)
            ? (bodies[s.url] as { items: unknown[] }).items.length
            : 1,
        };
      }),
    };
  } finally {
    pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  duration,
  connections,
  municipalities: Number(args.municipalities),
};
const kinds = (['pglite', 'postgres'] as const).filter((k) => !args.only || args.only === k);
const date = new Date().toISOString().slice(0, 10);
const lines = [
  `# Benchmark ${new Date().toISOString()}`,
  '',
  `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GiB, Node ${machine.node}; autocannon ${connections} connections × ${duration} s; ${machine.municipalities} synthetic municipalities. Figures are from this machine only.`,
  '',
  '| database | scenario | Kadar req/s | bare Fastify req/s | ratio | Kadar p50/p99 ms | raw SQL p50/p99 ms | p99 / raw SQL p99 | one client: Kadar p50/p99 ms | one client: p99 / raw SQL p99 |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
const coldLines: string[] = [];
for (const kind of kinds) {
  const result = await benchKind(kind);
  if (!result) {
    lines.push(`| ${kind} | skipped: no PostgreSQL installed | | | | | | | | |`);
    continue;
  }
  writeFileSync(
    path.join(resultsDir, `${date}-${kind}.json`),
    `${JSON.stringify({ machine, ...result }, null, 2)}\n`,
  );
  for (const s of result.scenarios)
    lines.push(
      `| ${kind} | ${s.name} | ${s.kadar.rps} | ${s.bareFastify.rps} | ${s.rpsVsBare} | ${s.kadar.p50}/${s.kadar.p99} | ${s.rawSql.p50}/${s.rawSql.p99} | ${s.p99VsRawSql} | ${s.kadarOneClient.p50}/${s.kadarOneClient.p99} | ${s.oneClientP99VsRawSql} |`,
    );
  const ie = result.importExport;
  const eb = result.enrolmentBurst;
  coldLines.push(
    `- ${kind}: ${eb.requests} simultaneous enrolment requests into ${eb.capacity} seats: ${eb.created} accepted, ${eb.confirmed} confirmed, ${eb.waitlisted} waitlisted; latency p50/p95/p99/max ${eb.p50}/${eb.p95}/${eb.p99}/${eb.maxMs} ms, all done in ${eb.totalMs} ms.`,
    `- ${kind}: import of ${ie.rows} rows ${ie.importTotalMs} ms (upload ${ie.uploadMs}, preview ${ie.previewMs}, confirm ${ie.confirmMs}); export of ${ie.exportRows} rows ${ie.exportMs} ms.`,
    `- ${kind}: cold start ${result.coldStartNewMs} ms on a new data folder (migrate + demo), ${result.coldStartExistingMs} ms on the existing one (with ${machine.municipalities} synthetic municipalities); RSS ${result.rssFreshMb} MB after the first start, ${result.rssAfterLoadMb} MB after the load.`,
  );
}
lines.push('', ...coldLines, '');
writeFileSync(path.join(resultsDir, 'latest.md'), lines.join('\n'));
console.log(lines.join('\n'));
