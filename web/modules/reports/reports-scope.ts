import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';
import { useOrganisation } from '../../app/queries';
import { useMe } from '../../app/session-context';
import { useUrlParam } from '../../app/url-state';
import type { ReportWhere } from './reports-queries';

const reachOf = (m: Me['memberships'][number]) => roleRules[m.role].permissions['reports.read'];

/**
 * Whose figures the page shows, kept in the address. An HR officer sees their municipality; a
 * national body's administrator (a country) or a platform administrator (everything) picks a
 * municipality, or none for the whole country.
 */
export function useReportsScope() {
  const me = useMe();
  const global = me.memberships.some((m) => reachOf(m) === 'global');
  const countries = [
    ...new Set(me.memberships.filter((m) => reachOf(m) === 'country').map((m) => m.countryCode)),
  ];
  const picks = global || countries.length > 0;
  const home = me.memberships.find((m) => reachOf(m) === 'organisation');
  const [organisationParam, setOrganisationId] = useUrlParam('organisationId');
  const [countryParam, setCountry] = useUrlParam('country');
  const organisationId = organisationParam || (picks ? null : (home?.organisationId ?? null));
  const country = countryParam || countries[0] || null;
  const organisation = useOrganisation(organisationId);
  const where: ReportWhere | null = organisationId ? { organisationId } : country ? { country } : null;
  const wholeCountry = !organisationId || organisation.data?.kind === 'national_body';
  return {
    picks,
    /** More than one country to choose from. */
    picksCountry: global || countries.length > 1,
    organisationId,
    setOrganisationId,
    country,
    setCountry,
    organisation,
    where,
    countryCode: organisation.data?.countryCode ?? (organisationId ? undefined : (country ?? undefined)),
    wholeCountry,
  };
}
