import type { PackCompetency } from '../../../contracts/competencies';
import type { Tx } from '../../db/client';
import { countries } from '../organisations/organisations.tables';
import { competencies } from './competencies.tables';

/**
 * Gives each country the framework competencies of its stored pack that the table lacks (a new
 * country, or a release that added one). Rows already there are left alone: national
 * administrators edit them, and a release must not undo their edits.
 */
export async function syncCompetencies(tx: Tx): Promise<void> {
  const stored = await tx.select({ code: countries.code, pack: countries.pack }).from(countries);
  const values = stored.flatMap(({ code, pack }) =>
    ((pack as { competencies?: PackCompetency[] }).competencies ?? []).map((c, i) => ({
      countryCode: code,
      organisationId: null,
      code: c.code,
      kind: c.kind,
      name: c.name,
      nameLatin: c.nameLatin,
      nameEn: c.nameEn,
      groups: c.groups,
      indicators: c.indicators,
      levels: c.levels,
      sortOrder: i,
    })),
  );
  if (!values.length) return;
  await tx
    .insert(competencies)
    .values(values)
    // The only unique key besides the id is (country, owner, code).
    .onConflictDoNothing();
}
