import type { Locale } from '../../../contracts/access';
import type { OrgUnit } from '../../../contracts/organisations';
import { contractTypes, genderSchema } from '../../../contracts/people';
import {
  educationLevels,
  type PeoplePack,
  packLabel,
  positionCategories,
} from '../../../contracts/positions';
import { ageBands, type HeadcountDimension, unknownKey } from '../../../contracts/reports';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import type { Counted } from './report-suppression';
import type { KeyCount } from './reports.repo';

export type Named = { id: string; name: string; nameLatin: string };

/** What naming and ordering the rows of a report needs besides the counts. */
export type RowContext = { locale: Locale; pack: PeoplePack; units: OrgUnit[]; organisations: Named[] };

const localName = (locale: Locale, n: { name: string; nameLatin: string }) =>
  readsLatin(locale) ? n.nameLatin : n.name;

/** Closed lists are shown whole (zeros included), in their natural order. */
const domains: Partial<Record<HeadcountDimension, readonly string[]>> = {
  ageBand: ageBands,
  gender: genderSchema.options,
  category: positionCategories,
  education: educationLevels,
  contractType: contractTypes,
};

function orderOf(by: HeadcountDimension, ctx: RowContext): { keys: string[]; fill: boolean } {
  const domain = domains[by];
  if (domain) return { keys: [...domain], fill: true };
  if (by === 'title') return { keys: ctx.pack.titles.map((t) => t.code), fill: false };
  if (by === 'unit') return { keys: ctx.units.map((u) => u.id), fill: false };
  const collator = new Intl.Collator(ctx.locale);
  const sorted = [...ctx.organisations].sort((a, b) =>
    collator.compare(localName(ctx.locale, a), localName(ctx.locale, b)),
  );
  return { keys: sorted.map((o) => o.id), fill: false };
}

/**
 * Counts in the order a reader expects (a closed list's own order, the pack's titles, the unit
 * tree, organisations by name), values outside it after them and the unrecorded ones last.
 */
export function orderedRows(by: HeadcountDimension, counts: KeyCount[], ctx: RowContext): Counted[] {
  const byKey = new Map(counts.map((c) => [c.key ?? unknownKey, c.count]));
  const { keys, fill } = orderOf(by, ctx);
  const known = new Set(keys);
  const extra = [...byKey.keys()].filter((k) => !known.has(k) && k !== unknownKey).sort();
  const all = [...keys.filter((k) => fill || byKey.has(k)), ...extra];
  if (byKey.has(unknownKey)) all.push(unknownKey);
  const names = by === 'organisation' ? new Map(ctx.organisations.map((o) => [o.id, o])) : null;
  return all.map((key) => {
    const named = names?.get(key);
    return {
      key,
      ...(named ? { label: localName(ctx.locale, named) } : {}),
      count: byKey.get(key) ?? 0,
    };
  });
}

/** Every year of the span, zeros included, so that a chart's axis has no gaps. */
export function yearRows(counts: KeyCount[], from: number, to: number): Counted[] {
  const byYear = new Map(counts.map((c) => [c.key, c.count]));
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const key = String(from + i);
    return { key, count: byYear.get(key) ?? 0 };
  });
}

/** The name of a row's key in the reader's language, for spreadsheets. */
export function rowLabel(
  t: Translator,
  by: HeadcountDimension,
  row: { key: string; label?: string },
  ctx: RowContext,
): string {
  const { locale } = ctx;
  if (row.key === unknownKey) return t.t(locale, 'reports:values.unknown');
  if (row.label) return row.label;
  switch (by) {
    case 'unit': {
      const unit = ctx.units.find((u) => u.id === row.key);
      return unit ? localName(locale, unit) : row.key;
    }
    case 'title': {
      const title = ctx.pack.titles.find((x) => x.code === row.key);
      return title ? packLabel(title, locale) : row.key;
    }
    case 'category': {
      // Categories carry no English name in the packs: English readers get the platform's wording.
      const category = ctx.pack.categories.find((c) => c.code === row.key);
      return category && locale !== 'en'
        ? packLabel(category, locale)
        : t.t(locale, `positions:categories.${row.key}`);
    }
    case 'education':
      return t.t(locale, `positions:education.${row.key}`);
    case 'gender':
    case 'contractType':
      return t.t(locale, `reports:values.${by}.${row.key}`);
    default:
      return row.key;
  }
}
