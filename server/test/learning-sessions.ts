import type { SessionCreate } from '../../contracts/learning-sessions';
import { addDays, today } from '../platform/days';
import type { LearningWorld } from './learning-fixture';

/**
 * A session body the academy can post: announced, registration open today, `days` days starting
 * `startsIn` days from now, cancellable until the day before.
 */
export function sessionBody(
  w: LearningWorld,
  overrides: Partial<SessionCreate> & { startsIn?: number; length?: number } = {},
): SessionCreate {
  const { startsIn = 10, length = 2, ...rest } = overrides;
  const first = addDays(today(), startsIn);
  return {
    programmeId: w.programme,
    organiserId: w.academy,
    restrictedToId: null,
    status: 'scheduled',
    mode: 'in_person',
    venue: 'Скупштина града, сала 2',
    onlineUrl: null,
    days: Array.from({ length }, (_, i) => ({ date: addDays(first, i), startsAt: '09:00', endsAt: '15:00' })),
    capacity: 20,
    registrationOpens: addDays(today(), -1),
    registrationCloses: first,
    cancelUntil: addDays(first, -1) < today() ? first : addDays(first, -1),
    requiresApproval: true,
    trainerIds: [w.trainer],
    note: '',
    ...rest,
  };
}
