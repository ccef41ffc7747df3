import { and, eq, isNull, sql } from 'drizzle-orm';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { today } from '../../platform/days';
import { countries } from '../organisations/organisations.tables';
import { sessionFacts } from './enrolments.service';
import { enrolments } from './enrolments.tables';
import { type LearningMailDeps, notifyAboutSession } from './learning-mail';
import { sessionsRepo } from './sessions.repo';
import { trainingSessions } from './sessions.tables';

/**
 * The daily reminder: participants with a seat in a session that starts within the country's
 * `learning.reminderDays` hear of it once (the session remembers that it reminded).
 */
export function createLearningReminders(deps: { tenancy: Tenancy } & LearningMailDeps) {
  return {
    remindUpcoming: () =>
      deps.tenancy.run(systemScope, async (tx) => {
        const day = today();
        const due = await tx
          .select({ id: trainingSessions.id })
          .from(trainingSessions)
          .innerJoin(countries, eq(countries.code, trainingSessions.countryCode))
          .where(
            and(
              eq(trainingSessions.status, 'scheduled'),
              isNull(trainingSessions.remindedAt),
              sql`${trainingSessions.firstDay} >= ${day}`,
              sql`${trainingSessions.firstDay} <= ${day}::date + coalesce((${countries.pack} -> 'learning' ->> 'reminderDays')::int, 3)`,
            ),
          );
        let sent = 0;
        for (const { id } of due) {
          const session = await sessionsRepo.find(tx, id);
          if (!session) continue;
          const seated = await tx
            .select({ userId: enrolments.participantUserId })
            .from(enrolments)
            .where(and(eq(enrolments.sessionId, id), eq(enrolments.status, 'confirmed')));
          sent += await notifyAboutSession(
            tx,
            deps,
            seated.map((s) => s.userId),
            sessionFacts(session),
            { template: 'training_reminder', path: '/my-learning' },
          );
          await sessionsRepo.update(tx, id, { remindedAt: new Date() });
        }
        return sent;
      }),
  };
}
