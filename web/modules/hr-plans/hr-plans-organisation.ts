import { roleRules } from '../../../contracts/roles';
import { canOn } from '../../app/access';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';

/**
 * Whose plans the list shows: the `organisationId` in the address, else the reader's own
 * municipality. Readers whose reach is a whole country (a national body) or global pick one.
 */
export function useHrPlansOrganisation() {
  const me = useMe();
  const [param, setOrganisationId] = useUrlParam('organisationId');
  const picks = me.memberships.some((m) => {
    const reach = roleRules[m.role].permissions['hr-plans.read'];
    return reach === 'global' || reach === 'country';
  });
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, 'hr-plans.read', m));
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
    canManage: target ? canOn(me, 'hr-plans.manage', target) : false,
  };
}
