import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';

export type RequestSide = { id: string; name: string; nameLatin: string; countryCode: string };

/**
 * The reader's sides of training requests: the municipalities that ask (`sent`) and the national
 * bodies asked (`incoming`); a platform administrator answers for every body (`everywhere`).
 */
export function requestSides(me: Me) {
  const manage = me.memberships.filter((m) => roleRules[m.role].permissions['learning.manage']);
  const side = (m: Me['memberships'][number]): RequestSide => ({
    id: m.organisationId,
    name: m.organisationName,
    nameLatin: m.organisationNameLatin,
    countryCode: m.countryCode,
  });
  const own = manage.filter((m) => roleRules[m.role].permissions['learning.manage'] === 'organisation');
  return {
    sent: own.filter((m) => m.orgKind !== 'national_body').map(side),
    incoming: own.filter((m) => m.orgKind === 'national_body').map(side),
    everywhere: manage.some((m) => roleRules[m.role].permissions['learning.manage'] === 'global'),
  };
}
