/**
 * `npm run retention -- --years N [--apply]`: lists (or, with --apply, deletes) the personnel files
 * of people who left more than N years ago, with their documents. Never scheduled by Kadar itself.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { connect } from './db/client';
import { migrate } from './db/migrate';
import { createTenancy } from './db/tenancy';
import { applyRetention } from './modules/people/retention';
import { createFileStore } from './platform/files/file-store';

const { values } = parseArgs({
  options: { years: { type: 'string' }, apply: { type: 'boolean', default: false } },
});
const years = Number(values.years);
if (!Number.isInteger(years) || years < 1 || years > 100) {
  console.error('usage: npm run retention -- --years N [--apply]   (N: whole years since leaving, 1 to 100)');
  process.exit(2);
}
const config = loadConfig();
const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(conn, config.databaseUrl);
  const result = await applyRetention(createTenancy(conn), createFileStore(config), {
    years,
    apply: values.apply,
  });
  const verb = values.apply ? 'Deleted' : 'Would delete (run again with --apply)';
  console.log(`${verb}: ${result.files.length} personnel files of people who left before ${result.cutoff}.`);
} finally {
  await conn.close();
}
