import { useFormat } from '../../app/format';
import { useNationalBodies, useProgrammeOptions } from './learning-options';

/**
 * The national bodies a municipality may ask: those the organisation list shows, and, since a
 * municipality's reader may not list other organisations, the owners of the country's national
 * catalogue (published programmes that are not a municipality's special programme).
 */
export function useRequestBodies(countryCode: string | undefined, ownId: string | undefined) {
  const format = useFormat();
  const bodies = useNationalBodies(countryCode);
  const programmes = useProgrammeOptions({ country: countryCode }, Boolean(countryCode));
  const found = new Map<string, string>();
  for (const b of bodies.data?.items ?? []) found.set(b.id, format.name(b));
  for (const p of programmes.data?.items ?? [])
    if (p.part !== 'special' && p.ownerId !== ownId)
      found.set(p.ownerId, format.name({ name: p.ownerName, nameLatin: p.ownerNameLatin }));
  return {
    options: [...found]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    loading: bodies.isPending || programmes.isPending,
  };
}
