import type { Question } from '../../../contracts/advisory-questions';
import type { Me } from '../../../contracts/identity';
import { roleRules } from '../../../contracts/roles';
import { canOn } from '../../app/access';

/** The reader's association, when they answer questions (an expert or the body's administrator). */
export function expertBody(me: Me) {
  return me.memberships.find(
    (m) => m.orgKind === 'national_body' && roleRules[m.role].permissions['advice.answer'],
  );
}

/** The municipality the reader asks for (an HR officer). */
export function askingMunicipality(me: Me) {
  return me.memberships.find(
    (m) => m.orgKind !== 'national_body' && roleRules[m.role].permissions['advice.ask'],
  );
}

/** Which side of a question the reader is on: the buttons follow the server's rules for that side. */
export function questionSide(me: Me, question: Question) {
  const expert = canOn(me, 'advice.answer', {
    organisationId: question.bodyId,
    countryCode: question.countryCode,
  });
  const asker = canOn(me, 'advice.ask', {
    organisationId: question.organisationId,
    countryCode: question.countryCode,
  });
  // The association's administrator (or a platform administrator) may take over another adviser's question.
  const reassigns = me.memberships.some(
    (m) =>
      m.role === 'platform_admin' || (m.role === 'national_admin' && m.organisationId === question.bodyId),
  );
  const mine = question.expertId === me.user.id;
  return { expert, asker, mine, handles: expert && (mine || reassigns), reassigns };
}
