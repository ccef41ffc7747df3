import type { Tx } from '../db/client';
import { employees, employments } from '../modules/people/people.tables';
import { positions, systematisations } from '../modules/positions/positions.tables';
import { insertInChunks } from './seed-writer';

/** Rows per statement for staff: wide rows still make a JSON parameter of a few megabytes at most. */
export const staffChunkSize = 2000;

/**
 * The rows of acts on systematisation, jobs, personnel files and employment records, collected in
 * memory and written with chunked JSON inserts (after the seed writer's organisations, units and
 * users, which they reference). A seed may flush several times to bound memory.
 */
export function createStaffWriter() {
  const rows = {
    systematisations: [] as Array<typeof systematisations.$inferInsert>,
    positions: [] as Array<typeof positions.$inferInsert>,
    employees: [] as Array<typeof employees.$inferInsert>,
    employments: [] as Array<typeof employments.$inferInsert>,
  };
  const written = { systematisations: 0, positions: 0, employees: 0, employments: 0 };
  return {
    rows,
    written,
    async flush(tx: Tx): Promise<void> {
      await insertInChunks(tx, systematisations, rows.systematisations, staffChunkSize);
      await insertInChunks(tx, positions, rows.positions, staffChunkSize);
      await insertInChunks(tx, employees, rows.employees, staffChunkSize);
      await insertInChunks(tx, employments, rows.employments, staffChunkSize);
      for (const key of Object.keys(rows) as Array<keyof typeof rows>) {
        written[key] += rows[key].length;
        rows[key].length = 0;
      }
    },
  };
}

export type StaffWriter = ReturnType<typeof createStaffWriter>;
