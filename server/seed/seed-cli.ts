/** `npm run seed [-- --municipalities N]`: the demo data, and a synthetic country of N municipalities. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connect } from '../db/client';
import { migrate } from '../db/migrate';
import { seedDemo } from './demo-seed';
import { seedSynthetic } from './synthetic-seed';

let municipalities = 0;
try {
  const { values } = parseArgs({ options: { municipalities: { type: 'string' } } });
  municipalities = values.municipalities === undefined ? 0 : Number(values.municipalities);
  if (!Number.isInteger(municipalities) || municipalities < 0 || municipalities > 5000)
    throw new Error('--municipalities takes a whole number from 0 to 5000');
} catch (err) {
  console.error(`${(err as Error).message}\nusage: npm run seed -- [--municipalities N]`);
  process.exit(2);
}

const config = loadConfig();
const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(conn, config.databaseUrl);
  const started = Date.now();
  console.log(
    (await seedDemo(conn, { password: config.demoPassword }))
      ? 'Demo data loaded.'
      : 'Demo data already present.',
  );
  if (municipalities > 0) {
    const done = await seedSynthetic(conn, { municipalities, password: config.demoPassword });
    console.log(
      done
        ? `Synthetic country of ${municipalities} municipalities loaded in ${Date.now() - started} ms.`
        : 'The synthetic country exists already; nothing changed.',
    );
  }
} finally {
  await conn.close();
}
