import { and, eq, inArray } from 'drizzle-orm';
import type { LawRef } from '../../../contracts/advisory-questions';
import type { Tx } from '../../db/client';
import { invalid } from '../../platform/errors';
import { laws } from './advisory.tables';
import { advicePack } from './question-clock';

/** The laws a text cites, once each (answers keep them in `law_ids` for lookups). */
export const lawIdsOf = (refs: readonly LawRef[]) => [...new Set(refs.map((r) => r.lawId))];

/** Each cited law must be in the country's register. */
export async function checkLaws(tx: Tx, countryCode: string, refs: readonly LawRef[]) {
  const ids = lawIdsOf(refs);
  if (!ids.length) return;
  const found = await tx
    .select({ id: laws.id })
    .from(laws)
    .where(and(inArray(laws.id, ids), eq(laws.countryCode, countryCode)));
  if (found.length !== ids.length) throw invalid('lawRefs', 'unknown_law');
}

/** The area and sub-topic must be the country's (pack `advice.areas`). */
export async function checkTopic(
  tx: Tx,
  topic: { countryCode: string; areaCode: string; subtopicCode: string },
) {
  const area = (await advicePack(tx, topic.countryCode)).areas.find((a) => a.code === topic.areaCode);
  if (!area) throw invalid('areaCode', 'unknown_area');
  if (!area.subtopics.some((s) => s.code === topic.subtopicCode))
    throw invalid('subtopicCode', 'unknown_subtopic');
}
