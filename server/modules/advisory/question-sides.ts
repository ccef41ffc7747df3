import type { Permission } from '../../../contracts/access';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import type { QuestionRow } from './questions.repo';

/** The gate of every question endpoint: askers (advice.ask) and answerers (advice.answer) alike. */
export const advicePermission = (actor: Actor): Permission =>
  access.can(actor, 'advice.answer') ? 'advice.answer' : 'advice.ask';

type Sides = Pick<QuestionRow, 'organisationId' | 'bodyId' | 'countryCode'>;

/** An HR officer of the asking municipality (or a platform administrator). */
export const onAskerSide = (actor: Actor, q: Sides) =>
  access.can(actor, 'advice.ask', { organisationId: q.organisationId, countryCode: q.countryCode });

/** An expert or national administrator of the association asked (or a platform administrator). */
export const onExpertSide = (actor: Actor, q: Sides) =>
  access.can(actor, 'advice.answer', { organisationId: q.bodyId, countryCode: q.countryCode });

/** Who may take a question from another expert: the association's national admin, a platform admin. */
export const leadsBody = (actor: Actor, q: Sides) =>
  actor.memberships.some(
    (m) => m.role === 'platform_admin' || (m.role === 'national_admin' && m.organisationId === q.bodyId),
  );
