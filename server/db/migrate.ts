import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Connection } from './client';

export const migrationsFolder = path.resolve(import.meta.dirname, '../../db/migrations');

export async function migrate(conn: Connection, databaseUrl?: string): Promise<void> {
  if (conn.kind === 'pglite') {
    await migratePglite(conn.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  // Several server processes may start at once: one migrates, the others wait on the lock.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('kadar.migrate'))");
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

export type MigrationState = { applied: number; available: number; upToDate: boolean };

export async function migrationState(conn: Connection): Promise<MigrationState> {
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const result = (await conn.db.execute(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )) as unknown as {
    rows: Array<{ n: number }>;
  };
  const applied = Number(result.rows[0]?.n ?? 0);
  return { applied, available: journal.entries.length, upToDate: applied === journal.entries.length };
}
