import { sql } from 'drizzle-orm';
import type { Connection, Db, Tx } from './client';

/** What PostgreSQL's row-level security policies see of the actor (db/migrations/0002_tenancy.sql). */
export type DbScope = {
  all: boolean;
  userId: string | null;
  orgIds: readonly string[];
  countries: readonly string[];
};

export const systemScope: DbScope = { all: true, userId: null, orgIds: [], countries: [] };

async function runScoped<T>(db: Db, scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One statement, transaction-local: nothing leaks to the next user of the connection.
    await tx.execute(sql`select
      set_config('app.all', ${scope.all ? 'on' : ''}, true),
      set_config('app.user_id', ${scope.userId ?? ''}, true),
      set_config('app.org_ids', ${`{${scope.orgIds.join(',')}}`}, true),
      set_config('app.countries', ${`{${scope.countries.join(',')}}`}, true),
      set_config('role', 'kadar_app', true)`);
    return fn(tx);
  });
}

export type Tenancy = {
  /** A transaction as the application role, limited to what `scope` may see. */
  run<T>(scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** The same on the read replica, for lag-tolerant reads. */
  read<T>(scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
};

export function createTenancy(conn: Connection): Tenancy {
  return {
    run: (scope, fn) => runScoped(conn.db, scope, fn),
    read: (scope, fn) => runScoped(conn.readDb, scope, fn),
  };
}
