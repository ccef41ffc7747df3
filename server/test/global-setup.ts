import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../db/client';
import { migrate } from '../db/migrate';

export const templateDatabase = 'kadar_test_template';

/**
 * Migrates once per run. PGlite: the migrated data folder is dumped to a file that every test
 * file loads (~0.5 s instead of migrating again). PostgreSQL (TEST_DATABASE_URL): a template
 * database that every test file clones.
 */
export async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.query(`create database ${templateDatabase}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${templateDatabase}`;
    const conn = await connect({ databaseUrl: url.toString() });
    await migrate(conn, url.toString());
    await conn.close();
    project.provide('dbDump', '');
    return;
  }
  const conn = await connect({});
  await migrate(conn);
  const dump = await conn.pglite?.dumpDataDir('none');
  await conn.close();
  const file = path.resolve('.tmp/test-db.tar');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.from(await (dump as Blob).arrayBuffer()));
  project.provide('dbDump', file);
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbDump: string;
  }
}
