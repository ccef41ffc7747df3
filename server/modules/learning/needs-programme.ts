import { eq, max } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { Tx } from '../../db/client';
import { conflict, invalid } from '../../platform/errors';
import { organisationsRepo } from '../organisations/organisations.repo';
import { needsAnalysesRepo } from './needs-analyses.repo';
import { annualProgrammeItems, annualProgrammes } from './planning.tables';
import { programmesRepo } from './programmes.repo';

type Org = { id: string; countryCode: string };
type Need = { key: string; programmeId: string; quarter: number; plannedParticipants: number };

/**
 * Adds an item answering a need to the municipality's special programme of the year, creating the
 * programme as a draft the first time. The annual-programmes module owns the programme itself; this
 * only writes the one row it needs, inside the caller's transaction.
 */
export async function addSpecialItem(
  tx: Tx,
  target: { org: Org; year: number; title: (locale: Locale) => string },
  need: Need,
) {
  const { org, year } = target;
  if (!/^(competency:[0-9a-f-]{36}|topic:[a-z0-9_]+)$/.test(need.key)) throw invalid('key', 'unknown_need');
  const programme = await programmesRepo.find(tx, need.programmeId);
  if (programme?.status !== 'published' || programme.countryCode !== org.countryCode)
    throw invalid('programmeId', 'unknown_programme');
  let annual = await needsAnalysesRepo.specialProgramme(tx, org.id, year, true);
  if (!annual) {
    const country = await organisationsRepo.findCountry(tx, org.countryCode);
    const locale = (country?.defaultLocale ?? 'en') as Locale;
    await tx
      .insert(annualProgrammes)
      .values({
        organisationId: org.id,
        countryCode: org.countryCode,
        year,
        kind: 'special',
        title: target.title(locale),
      })
      .onConflictDoNothing();
    annual = await needsAnalysesRepo.specialProgramme(tx, org.id, year, true);
  }
  if (!annual) throw conflict('programme_locked');
  if (annual.status !== 'draft') throw conflict('programme_locked', { status: annual.status });
  const [last] = await tx
    .select({ n: max(annualProgrammeItems.sortOrder) })
    .from(annualProgrammeItems)
    .where(eq(annualProgrammeItems.annualProgrammeId, annual.id));
  const [item] = await tx
    .insert(annualProgrammeItems)
    .values({
      annualProgrammeId: annual.id,
      organisationId: org.id,
      programmeId: programme.id,
      part: programme.part,
      mode: programme.deliveryModes[0] ?? 'in_person',
      quarter: need.quarter,
      plannedSessions: 1,
      plannedParticipants: need.plannedParticipants,
      source: 'needs_analysis',
      needKey: need.key,
      sortOrder: (last?.n ?? 0) + 1,
    })
    .returning({ id: annualProgrammeItems.id });
  return { annualProgrammeId: annual.id, itemId: (item as { id: string }).id };
}
