import { useMemo } from 'react';
import type { OrgUnit } from '../../../contracts/organisations';
import { useFormat } from '../../app/format';

/** Units as select options in tree order, indented by depth. */
export function useUnitOptions(units: OrgUnit[]) {
  const format = useFormat();
  return useMemo(
    () => units.map((u) => ({ value: u.id, label: `${'\u00a0\u00a0'.repeat(u.depth)}${format.name(u)}` })),
    [units, format],
  );
}

/** A unit's name by id, as the reader reads it ('—' for a unit no longer in the tree). */
export function useUnitNames(units: OrgUnit[]) {
  const format = useFormat();
  return useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    return (id: string) => {
      const unit = byId.get(id);
      return unit ? format.name(unit) : '—';
    };
  }, [units, format]);
}
