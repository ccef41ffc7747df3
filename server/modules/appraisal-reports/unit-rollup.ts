import type { Locale } from '../../../contracts/access';
import { unknownKey } from '../../../contracts/reports';
import { readsLatin } from '../../db/collation';
import type { OrgUnitRow } from '../organisations/organisations.repo';
import { treeOrder } from '../organisations/organisations.service';

export type Keyed = { key: string; label: string };

/** A name as the reader of `locale` reads it. */
export const localName = (locale: Locale, n: { name: string; nameLatin: string }) =>
  readsLatin(locale) ? n.nameLatin : n.name;

/**
 * The rows of a per-unit report: the departments, each with its sections rolled into it. A
 * municipality's tree has the administration (and a few services beside it, such as the mayor's
 * cabinet) at the top and its departments one level below, so a row is a unit of the first or
 * second level, in tree order; people placed in a top-level unit itself count in its own row.
 * Units not found (or none) roll up to `unknown`.
 */
export function unitRollup(units: OrgUnitRow[], locale: Locale) {
  const rows = treeOrder(units, locale)
    .filter((u) => u.depth <= 1)
    .map((u): Keyed => ({ key: u.id, label: localName(locale, u) }));
  // Paths are '/root/department/section/': a department's own id is the second.
  const rowOf = new Map(
    units.map((u) => {
      const [root, department] = u.path.split('/').filter(Boolean);
      return [u.id, department ?? root ?? unknownKey];
    }),
  );
  return { rows, rowOf: (unitId: string | null) => (unitId && rowOf.get(unitId)) || unknownKey };
}

/**
 * Items grouped under the keys they map to, in the order of `keys` (keys without items left out),
 * those of an unlisted key under `unknown`, last, labelled `unknownLabel`.
 */
export function grouped<T>(
  keys: Keyed[],
  items: T[],
  keyOf: (item: T) => string,
  unknownLabel: string,
): Array<Keyed & { items: T[] }> {
  const known = new Set(keys.map((k) => k.key));
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = known.has(keyOf(item)) ? keyOf(item) : unknownKey;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...keys, { key: unknownKey, label: unknownLabel }].flatMap((k) => {
    const found = groups.get(k.key);
    return found ? [{ ...k, items: found }] : [];
  });
}
