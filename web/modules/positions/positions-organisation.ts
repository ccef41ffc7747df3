import { roleRules } from '../../../contracts/roles';
import { canOn } from '../../app/access';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';

/**
 * Whose act the list shows: the `organisationId` in the address, else the reader's own municipality
 * (an HR officer has one). Someone whose reach is global (a platform administrator) picks one.
 */
export function usePositionsOrganisation() {
  const me = useMe();
  const [param, setOrganisationId] = useUrlParam('organisationId');
  const picks = me.memberships.some((m) => roleRules[m.role].permissions['positions.read'] === 'global');
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, 'positions.read', m));
  const organisationId = param || home?.organisationId || null;
  const organisation = useOrganisation(organisationId);
  const target = organisation.data
    ? { organisationId: organisation.data.id, countryCode: organisation.data.countryCode }
    : null;
  return {
    organisationId,
    setOrganisationId,
    organisation,
    picks,
    canManage: target ? canOn(me, 'positions.manage', target) : false,
  };
}
