import { canOn } from '../../app/access';
import { useFormat } from '../../app/format';
import { useMe } from '../../app/session-context';

/** A catalogue the reader keeps; `body` for a national body's (the general programme), else a municipality's. */
export type Owner = { id: string; name: string; countryCode: string; body: boolean };

/**
 * The catalogues the reader keeps: each organisation of theirs where `learning.manage` reaches (a
 * national body's, a municipality's special programme). `bodiesOnly` for the trainers' register,
 * which national bodies keep.
 */
export function useManagedOwners(bodiesOnly = false): Owner[] {
  const me = useMe();
  const format = useFormat();
  const owners = new Map<string, Owner>();
  for (const m of me.memberships) {
    if (bodiesOnly && m.orgKind !== 'national_body') continue;
    if (!canOn(me, 'learning.manage', { organisationId: m.organisationId, countryCode: m.countryCode }))
      continue;
    owners.set(m.organisationId, {
      id: m.organisationId,
      name: format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin }),
      countryCode: m.countryCode,
      body: m.orgKind === 'national_body',
    });
  }
  return [...owners.values()];
}
