import { roleRules } from '../../../contracts/roles';
import { canOn } from '../../app/access';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';

/**
 * Into which municipality the file is imported: the `organisationId` in the address, else the HR
 * officer's own. Someone whose reach is wider than one municipality (a platform administrator) picks one.
 */
export function useImportOrganisation() {
  const me = useMe();
  const [param, setOrganisationId] = useUrlParam('organisationId');
  const picks = me.memberships.some((m) => {
    const reach = roleRules[m.role].permissions['employees.manage'];
    return reach === 'global' || reach === 'country';
  });
  const home = me.memberships.find((m) => m.orgKind !== 'national_body' && canOn(me, 'employees.manage', m));
  const organisationId = param || home?.organisationId || null;
  const organisation = useOrganisation(organisationId);
  return { organisationId, setOrganisationId, organisation, picks };
}
