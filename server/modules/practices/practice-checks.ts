import type { PracticeTranslation } from '../../../contracts/practices';
import type { Tx } from '../../db/client';
import { storedPack } from '../../packs/stored-pack';
import { invalid } from '../../platform/errors';
import { foldForSearch } from '../../platform/i18n/transliterate';

/** The category must be one of the country pack's; the period cannot end before it starts. */
export async function checkPractice(
  tx: Tx,
  countryCode: string,
  p: { categoryCode: string; periodFrom: string; periodTo: string | null },
) {
  const pack = await storedPack(tx, countryCode);
  if (!pack.practices?.categories.some((c) => c.code === p.categoryCode))
    throw invalid('categoryCode', 'unknown_category');
  if (p.periodTo && p.periodTo < p.periodFrom) throw invalid('periodTo', 'before_start');
}

type Texts = {
  title: string;
  initiator: string;
  partners: string;
  summary: string;
  background: string;
  practice: string;
  results: string;
  translation: PracticeTranslation | null;
};

/** The texts and their translation, folded so either script finds them. */
export const practiceSearch = (p: Texts) =>
  foldForSearch(
    [
      p.title,
      p.initiator,
      p.partners,
      p.summary,
      p.background,
      p.practice,
      p.results,
      ...(p.translation
        ? [
            p.translation.title,
            p.translation.summary,
            p.translation.background,
            p.translation.practice,
            p.translation.results,
          ]
        : []),
    ].join(' '),
  );

/** The Monday of the week `day` (YYYY-MM-DD) falls in. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
