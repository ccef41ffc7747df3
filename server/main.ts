import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { connect } from './db/client';
import { migrate } from './db/migrate';
import { createTenancy, systemScope } from './db/tenancy';
import { upsertCountries } from './packs/packs';
import { createFileStore } from './platform/files/file-store';
import { demoLogins, seedDemo } from './seed/demo-seed';

async function main() {
  const config = loadConfig();
  const started = Date.now();
  const conn = await connect({
    databaseUrl: config.databaseUrl,
    databaseReadUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
  });
  await migrate(conn, config.databaseUrl);
  await createTenancy(conn).run(systemScope, (tx) => upsertCountries(tx));
  if (config.demo) await seedDemo(conn, { password: config.demoPassword, files: createFileStore(config) });

  const app = await buildApp({ config, conn });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await conn.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = conn.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
  const lines = [`Kadar is running at ${config.publicUrl} (${where}, ready in ${Date.now() - started} ms)`];
  if (config.demo) {
    lines.push(`Demo logins (password: ${config.demoPassword}):`);
    for (const l of demoLogins)
      lines.push(`  ${l.email.padEnd(32)} ${l.role.padEnd(15)} ${l.organisationName}`);
  }
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
