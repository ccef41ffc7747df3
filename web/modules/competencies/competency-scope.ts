import type { Permission } from '../../../contracts/access';
import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';
import { useOrganisationScope } from '../../app/organisation-scope';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';

const reachOf = (m: Me['memberships'][number], permission: Permission) =>
  roleRules[m.role].permissions[permission];

/** May the reader change the country framework and appraisal rules (a national or platform administrator)? */
export function managesCountry(me: Me, countryCode: string | null): boolean {
  return me.memberships.some((m) => {
    const reach = reachOf(m, 'competencies.manage');
    return reach === 'global' || (reach === 'country' && m.countryCode === countryCode);
  });
}

/**
 * Whose framework the page shows: the municipality of the organisation scope (its own special
 * functional competencies under the country's), else a country. A platform administrator picks the
 * country; a national administrator reads their own and may pick one of its municipalities.
 */
export function useCompetencyScope() {
  const me = useMe();
  const scope = useOrganisationScope('competencies.read', 'competencies.manage');
  const [countryParam, setCountry] = useUrlParam('country');
  const readers = me.memberships.filter((m) => reachOf(m, 'competencies.read'));
  const picksCountry = readers.some((m) => reachOf(m, 'competencies.read') === 'global');
  const home = readers[0]?.countryCode ?? null;
  const organisation = scope.organisation.data;
  const countryCode = scope.organisationId
    ? (organisation?.countryCode ?? null)
    : (picksCountry && countryParam) || home;
  return {
    ...scope,
    countryCode,
    setCountry,
    picksCountry: picksCountry && !scope.organisationId,
    managesCountry: managesCountry(me, countryCode),
  };
}
export type CompetencyScope = ReturnType<typeof useCompetencyScope>;
