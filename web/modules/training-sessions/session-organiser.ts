import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';

export type OrganiserChoice = { id: string; name: string; nameLatin: string; countryCode: string };

/**
 * Where the reader may organise sessions: their own body or municipality (`learning.manage`), or,
 * for a platform administrator, any organisation (`anywhere`: picked by name).
 */
export function organiserChoices(me: Me): { own: OrganiserChoice[]; anywhere: boolean } {
  const reaches = me.memberships.map((m) => ({ m, reach: roleRules[m.role].permissions['learning.manage'] }));
  const own = reaches
    .filter(({ reach }) => reach === 'organisation')
    .map(({ m }) => ({
      id: m.organisationId,
      name: m.organisationName,
      nameLatin: m.organisationNameLatin,
      countryCode: m.countryCode,
    }));
  return {
    own: own.filter((o, i) => own.findIndex((x) => x.id === o.id) === i),
    anywhere: reaches.some(({ reach }) => reach === 'global' || reach === 'country'),
  };
}
