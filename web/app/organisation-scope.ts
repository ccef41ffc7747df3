import type { Permission } from '../../contracts/access';
import { roleRules } from '../../contracts/roles';
import { canOn } from './access';
import { useOrganisation } from './queries';
import { useMe } from './session-context';
import { useUrlParam } from './url-state';

/**
 * Whose records a municipal page shows: the `organisationId` in the address, else the reader's own
 * municipality. A reader whose reach for `read` is a whole country or global picks one. `canManage`
 * says whether `manage` reaches the organisation shown, so buttons match what the server allows.
 */
export function useOrganisationScope(read: Permission, manage: Permission) {
  const me = useMe();
  const [param, setOrganisationId] = useUrlParam('organisationId');
  const reaches = me.memberships.map((m) => roleRules[m.role].permissions[read]);
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, read, m));
  const organisationId = param || home?.organisationId || null;
  const organisation = useOrganisation(organisationId);
  return {
    organisationId,
    setOrganisationId,
    organisation,
    picks: reaches.some((r) => r === 'global' || r === 'country'),
    /** The reader may see no record but their own (the employee role). */
    selfOnly: reaches.every((r) => !r || r === 'self'),
    canManage: organisation.data
      ? canOn(me, manage, {
          organisationId: organisation.data.id,
          countryCode: organisation.data.countryCode,
        })
      : false,
  };
}
