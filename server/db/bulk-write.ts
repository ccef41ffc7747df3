import { getTableColumns, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './client';

/** Rows per statement. */
export const seedChunkSize = 500;

/**
 * Writes rows with multi-row INSERTs of `chunkSize` rows, one round trip per chunk. Each chunk
 * travels as one JSON parameter expanded by `json_populate_recordset`: on PGlite that is about
 * five times faster than a VALUES list with a bind parameter per cell (2,316 units: 0.25 s
 * instead of 1.1 s), and it never nears PostgreSQL's 65,535-parameter limit. Row-level security,
 * foreign keys and column defaults apply as for any INSERT: a field that no row of a chunk sets
 * gets its default, one that only some rows set is NULL in the others (give every row the same
 * fields). Values go in their JSON form: text, numbers, booleans, ISO dates, objects for jsonb.
 */
export async function insertInChunks<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly T['$inferInsert'][],
  chunkSize = seedChunkSize,
): Promise<void> {
  const columns = columnsOf(table);
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize) as readonly Record<string, unknown>[];
    const used = columns.filter((c) => chunk.some((row) => row[c.key] !== undefined));
    const json = JSON.stringify(
      chunk.map((row) => Object.fromEntries(used.map((c) => [c.name, row[c.key] ?? null]))),
    );
    const names = sql.join(
      used.map((c) => sql.identifier(c.name)),
      sql`, `,
    );
    await tx.execute(
      sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${json}::json)`,
    );
  }
}

/** The table's columns as (property key, SQL name) pairs. */
function columnsOf(table: PgTable) {
  return Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => ({
    key,
    name: column.keyAsName ? toSnakeCase(key) : column.name,
  }));
}

/**
 * Updates rows by id in chunks, the same JSON way as `insertInChunks`: every row must carry `id`
 * and the same set of fields; those fields are set, the others left alone.
 */
export async function updateInChunks<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: readonly (Partial<T['$inferInsert']> & { id: string })[],
  chunkSize = seedChunkSize,
): Promise<void> {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (!first) return;
  const used = columnsOf(table).filter((c) => c.key !== 'id' && c.key in first);
  const assignments = sql.join(
    used.map((c) => sql`${sql.identifier(c.name)} = j.${sql.identifier(c.name)}`),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize) as readonly Record<string, unknown>[];
    const json = JSON.stringify(
      chunk.map((row) =>
        Object.fromEntries([['id', row.id], ...used.map((c) => [c.name, row[c.key] ?? null])]),
      ),
    );
    await tx.execute(
      sql`update ${table} t set ${assignments} from json_populate_recordset(null::${table}, ${json}::json) j where t.id = j.id`,
    );
  }
}
