import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { ImportMapping } from '../../../contracts/employee-import';
import type { Tx } from '../../db/client';
import type { Cell } from '../../platform/xlsx/spreadsheet';
import { orgUnits } from '../organisations/organisations.tables';
import { positions, systematisations } from '../positions/positions.tables';
import { employeeImports, importMappings } from './employee-import.tables';
import { employees } from './people.tables';

export type ImportRow = typeof employeeImports.$inferSelect;

export const importRepo = {
  insert: async (
    tx: Tx,
    values: {
      organisationId: string;
      createdBy: string;
      fileName: string;
      headers: string[];
      rows: Cell[][];
    },
  ) =>
    (await tx.insert(employeeImports).values(values).returning({ id: employeeImports.id }))[0] as {
      id: string;
    },

  /** Uploads nobody confirmed within a day are dropped with the personal data they hold. */
  expire: (tx: Tx, organisationId: string) =>
    tx
      .delete(employeeImports)
      .where(
        and(
          eq(employeeImports.organisationId, organisationId),
          eq(employeeImports.status, 'uploaded'),
          lt(employeeImports.createdAt, sql`now() - interval '1 day'`),
        ),
      ),

  find: async (tx: Tx, id: string) =>
    (await tx.select().from(employeeImports).where(eq(employeeImports.id, id)))[0],

  markApplied: (tx: Tx, id: string, result: ImportRow['result']) =>
    tx
      .update(employeeImports)
      .set({ status: 'applied', result, rows: [], appliedAt: new Date() })
      .where(eq(employeeImports.id, id)),

  mappingOf: async (tx: Tx, organisationId: string) =>
    (
      await tx
        .select({ mapping: importMappings.mapping })
        .from(importMappings)
        .where(and(eq(importMappings.organisationId, organisationId), eq(importMappings.kind, 'employees')))
    )[0]?.mapping,

  saveMapping: (tx: Tx, organisationId: string, mapping: ImportMapping) =>
    tx
      .insert(importMappings)
      .values({ organisationId, kind: 'employees', mapping })
      .onConflictDoUpdate({
        target: [importMappings.organisationId, importMappings.kind],
        set: { mapping, updatedAt: new Date() },
      }),

  units: (tx: Tx, organisationId: string) =>
    tx
      .select({ id: orgUnits.id, name: orgUnits.name, nameLatin: orgUnits.nameLatin, code: orgUnits.code })
      .from(orgUnits)
      .where(eq(orgUnits.organisationId, organisationId)),

  /** Positions of the act in force; null when the municipality has adopted none. */
  async positionsInForce(tx: Tx, organisationId: string) {
    const [act] = await tx
      .select({ id: systematisations.id })
      .from(systematisations)
      .where(
        and(eq(systematisations.organisationId, organisationId), eq(systematisations.status, 'adopted')),
      );
    if (!act) return null;
    return tx
      .select({
        id: positions.id,
        code: positions.code,
        name: positions.name,
        nameLatin: positions.nameLatin,
        orgUnitId: positions.orgUnitId,
        category: positions.category,
        titleCode: positions.titleCode,
      })
      .from(positions)
      .where(eq(positions.systematisationId, act.id));
  },

  existing: (tx: Tx, organisationId: string, nationalIds: string[]) =>
    nationalIds.length
      ? tx
          .select()
          .from(employees)
          .where(
            and(eq(employees.organisationId, organisationId), inArray(employees.nationalId, nationalIds)),
          )
      : Promise.resolve([]),
};
