import { eq } from 'drizzle-orm';
import type { Connection } from '../../db/client';
import { createTenancy, systemScope } from '../../db/tenancy';
import { appSecrets } from './secrets.tables';

/** The installation's own signing key, made at its first migration (db/migrations/0030). */
export async function storedSigningSecret(conn: Connection): Promise<string> {
  const [row] = await createTenancy(conn).read(systemScope, (tx) =>
    tx.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, 'signing')),
  );
  if (!row) throw new Error('app_secrets has no signing key: run the migrations');
  return row.value;
}
