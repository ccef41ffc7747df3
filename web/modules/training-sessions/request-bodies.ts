import { useFormat } from '../../app/format';
import { useNationalBodies } from './learning-options';

/**
 * The national bodies a municipality may ask: the organisation list shows every reader the
 * national bodies of their own country (never the asker itself).
 */
export function useRequestBodies(countryCode: string | undefined, ownId: string | undefined) {
  const format = useFormat();
  const bodies = useNationalBodies(countryCode);
  return {
    options: (bodies.data?.items ?? [])
      .filter((b) => b.id !== ownId)
      .map((b) => ({ value: b.id, label: format.name(b) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.locale)),
    loading: bodies.isPending,
  };
}
