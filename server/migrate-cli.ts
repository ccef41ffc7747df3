import { loadConfig } from './config';
import { connect } from './db/client';
import { migrate, migrationState } from './db/migrate';

const config = loadConfig();
const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(conn, config.databaseUrl);
  const state = await migrationState(conn);
  console.log(`${state.applied} of ${state.available} migrations applied (${conn.kind})`);
} finally {
  await conn.close();
}
