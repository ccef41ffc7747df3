import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** The only handle a repository receives: a transaction carrying the actor's scope. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseKind = 'pglite' | 'postgres';

export type Connection = {
  kind: DatabaseKind;
  db: Db;
  /** Replica for reads that tolerate lag (lists, reports); the primary when none is configured. */
  readDb: Db;
  /** The embedded instance, when there is one (tests dump and load its data folder). */
  pglite: PGlite | undefined;
  close(): Promise<void>;
};

export const pgliteExtensions = { pg_trgm, unaccent };

export type ConnectOptions = {
  databaseUrl?: string | undefined;
  databaseReadUrl?: string | undefined;
  dataDir?: string;
  poolSize?: number;
  /** A dumped data folder to start from (tests: migrated once, loaded per file). */
  loadDataDir?: Blob;
};

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    const readPool = options.databaseReadUrl
      ? new pg.Pool({ connectionString: options.databaseReadUrl, max: options.poolSize ?? 10 })
      : undefined;
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
    const readDb = readPool
      ? (drizzlePg({ client: readPool, schema, casing: 'snake_case' }) as unknown as Db)
      : db;
    return {
      kind: 'postgres',
      db,
      readDb,
      pglite: undefined,
      async close() {
        await Promise.all([pool.end(), readPool?.end()]);
      },
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    await mkdir(path.dirname(dataDir), { recursive: true });
  }
  const client = await PGlite.create({
    dataDir,
    extensions: pgliteExtensions,
    loadDataDir: options.loadDataDir,
  });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    readDb: db,
    pglite: client,
    async close() {
      await client.close();
    },
  };
}
