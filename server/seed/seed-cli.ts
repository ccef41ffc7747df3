/**
 * `npm run seed [-- --municipalities N [--employees E]]`: migrates, loads the demo (once; a second
 * run changes nothing) and, with `--municipalities N`, a synthetic country of N municipalities of E
 * employees each (default 500) for benchmarks (also once: when it exists the run says so and leaves
 * it). Uses DATA_DIR / DATABASE_URL like the server.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/client';
import { migrate } from '../db/migrate';
import { createFileStore } from '../platform/files/file-store';
import { seedDemo } from './demo-seed';
import { seedSyntheticDocuments } from './library-synthetic-seed';
import { seedSyntheticAdvisory } from './synthetic-advisory-seed';
import { seedSyntheticLearning } from './synthetic-learning-seed';
import { defaultSyntheticEmployees, seedSynthetic, syntheticCountryCode } from './synthetic-seed';

const usage =
  'usage: npm run seed -- [--municipalities N] [--employees E] [--enrolments P] [--answers A] [--documents D]   (P: training places, A: published advisory answers, D: library documents, all default 0; N: 1 to 20000; E per municipality: 10 to 5000, default ' +
  `${defaultSyntheticEmployees})`;
const maxMunicipalities = 20_000;
const maxEmployees = 5_000;

type Parsed = {
  municipalities: number | undefined;
  employees: number | undefined;
  enrolments: number | undefined;
  answers: number | undefined;
  documents: number | undefined;
};

function wholeNumber(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    return `--${name} must be a whole number from ${min} to ${max}, not "${value}"`;
  return n;
}

function parseCommandLine(): Parsed | { error: string } | { help: true } {
  let values: {
    municipalities?: string | undefined;
    employees?: string | undefined;
    enrolments?: string | undefined;
    answers?: string | undefined;
    documents?: string | undefined;
    help?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      options: {
        municipalities: { type: 'string', short: 'm' },
        employees: { type: 'string', short: 'e' },
        enrolments: { type: 'string' },
        answers: { type: 'string' },
        documents: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  if (values.help) return { help: true };
  const municipalities = wholeNumber('municipalities', values.municipalities, 1, maxMunicipalities);
  const employees = wholeNumber('employees', values.employees, 10, maxEmployees);
  if (typeof municipalities === 'string') return { error: municipalities };
  if (typeof employees === 'string') return { error: employees };
  const enrolments = wholeNumber('enrolments', values.enrolments, 0, 5_000_000);
  if (typeof enrolments === 'string') return { error: enrolments };
  const answers = wholeNumber('answers', values.answers, 0, 1_000_000);
  if (typeof answers === 'string') return { error: answers };
  const documents = wholeNumber('documents', values.documents, 0, 1_000_000);
  if (typeof documents === 'string') return { error: documents };
  return { municipalities, employees, enrolments, answers, documents };
}

async function main(): Promise<number> {
  const args = parseCommandLine();
  if ('help' in args) {
    console.log(
      `Loads the demo data and, with --municipalities, a synthetic country for benchmarks.\n${usage}`,
    );
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(conn, config.databaseUrl);
    const demo = await seedDemo(conn, { password: config.demoPassword, files: createFileStore(config) });
    console.log(
      demo.created
        ? `Demo data loaded: ${demo.organisations} organisations, ${demo.orgUnits} org units, ${demo.users} users, ` +
            `${demo.positions} positions, ${demo.employees} employees.`
        : 'Demo data already present; nothing changed.',
    );
    if (args.municipalities !== undefined) {
      const synthetic = await seedSynthetic(conn, {
        municipalities: args.municipalities,
        password: config.demoPassword,
        ...(args.employees === undefined ? {} : { employees: args.employees }),
      });
      if (args.enrolments) {
        // Its own step and transaction, so that it can be added to a country seeded before.
        const learning = await seedSyntheticLearning(conn, { enrolments: args.enrolments });
        console.log(
          learning.created
            ? `Synthetic training loaded: ${learning.sessions} sessions, ${learning.enrolments} enrolments in ${learning.ms} ms.`
            : 'Synthetic training exists already; nothing changed.',
        );
        // The triggers' upserts (db/migrations/0023) leave a dead row per chunk in the counts and
        // session hours; autovacuum would get to them later, the benchmark that follows would not.
        if (learning.created)
          await conn.db.execute(sql`vacuum (analyze) training_counts, trained_people, training_sessions`);
      }
      if (args.answers) {
        // After the training: that seed refuses a country that already has a national body.
        const advisory = await seedSyntheticAdvisory(conn, { answers: args.answers });
        console.log(
          advisory.created
            ? `Synthetic knowledge base loaded: ${advisory.answers} answers in ${advisory.ms} ms.`
            : 'Synthetic knowledge base exists already; nothing changed.',
        );
        if (advisory.created) await conn.db.execute(sql`analyze answers`);
      }
      if (args.documents) {
        // Last: it adds a publisher when the country has no national body yet.
        const library = await seedSyntheticDocuments(conn, { documents: args.documents });
        console.log(
          library.created
            ? `Synthetic library loaded: ${library.documents} documents in ${library.ms} ms.`
            : 'Synthetic library exists already; nothing changed.',
        );
        if (library.created) await conn.db.execute(sql`analyze documents, document_versions`);
      }
      if (!synthetic.created) {
        console.log(`The synthetic country ${syntheticCountryCode} exists already; nothing changed.`);
        return 0;
      }
      console.log(
        `Synthetic country ${syntheticCountryCode} loaded: ${synthetic.municipalities} municipalities, ` +
          `${synthetic.orgUnits} org units, ${synthetic.users} users, ${synthetic.positions} positions, ` +
          `${synthetic.employees} employees in ${synthetic.ms} ms ` +
          '(accounts hr@syn-<n>.example, manager@…, employee@…, with the demo password).',
      );
    }
    // Fresh statistics for the planner after a bulk load (as the owner, outside any transaction).
    if (demo.created || args.municipalities !== undefined) await conn.db.execute(sql`analyze`);
    return 0;
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  },
);
