import type { Me } from '../../../contracts/identity';
import type { Session } from '../../../contracts/learning-sessions';
import { roleRules } from '../../../contracts/roles';

const wide = new Set(['organisation', 'country', 'global']);

/** May the reader enrol or cancel for the whole municipality (an HR officer; a manager only for their unit). */
export function enrolsFor(me: Me, organisationId: string, countryCode: string): boolean {
  return me.memberships.some((m) => {
    const reach = roleRules[m.role].permissions['learning.enrol'];
    if (!reach || !wide.has(reach)) return false;
    if (reach === 'global') return true;
    if (reach === 'country') return m.countryCode === countryCode;
    return m.organisationId === organisationId;
  });
}

/** The municipality whose employees the reader may enrol in this session, if any. */
export function enrolmentOrganisation(
  me: Me,
  session: Session,
): { id: string; name: string; nameLatin: string } | null {
  if (session.status !== 'scheduled') return null;
  if (session.registration === 'not_yet' || session.registration === 'closed') return null;
  const m = me.memberships.find(
    (x) =>
      x.orgKind !== 'national_body' &&
      x.countryCode === session.countryCode &&
      roleRules[x.role].permissions['learning.enrol'] === 'organisation' &&
      (!session.restrictedToId || session.restrictedToId === x.organisationId),
  );
  return m ? { id: m.organisationId, name: m.organisationName, nameLatin: m.organisationNameLatin } : null;
}
