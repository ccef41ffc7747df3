import { and, eq, gte, inArray, lte, notExists, sql } from 'drizzle-orm';
import { addMonths } from '../../../contracts/calendar-months';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { StoredPack } from '../../packs/stored-pack';
import { recordAudit } from '../../platform/audit/audit';
import { auditEvents } from '../../platform/audit/audit.tables';
import { addDays, today } from '../../platform/days';
import { memberships, users } from '../identity/identity.tables';
import { countries, orgUnits } from '../organisations/organisations.tables';
import { employees } from '../people/people.tables';
import { enrolments, evaluations } from './enrolments.tables';
import { type LearningMailDeps, notifyAboutSession } from './learning-mail';
import { programmes } from './programmes.tables';
import { trainingSessions } from './sessions.tables';

/**
 * Only trainings that became due within this many days are asked about: a first run on an
 * installation with years of history does not flood managers with old trainings.
 */
const windowDays = 30;
const requested = 'enrolment.impact_requested';

/** Completed places whose impact is due now and not yet rated nor asked for. */
const dueEnrolments = (tx: Tx, countryCode: string, from: string, until: string) =>
  tx
    .select({
      id: enrolments.id,
      organisationId: enrolments.organisationId,
      participantUserId: enrolments.participantUserId,
      participantName: enrolments.participantName,
      participantNameLatin: enrolments.participantNameLatin,
      unitPath: orgUnits.path,
      session: {
        id: trainingSessions.id,
        organiserId: trainingSessions.organiserId,
        title: programmes.title,
        firstDay: trainingSessions.firstDay,
        lastDay: trainingSessions.lastDay,
        mode: trainingSessions.mode,
        venue: trainingSessions.venue,
      },
    })
    .from(enrolments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, enrolments.sessionId))
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(employees, eq(employees.id, enrolments.employeeId))
    .leftJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId))
    .where(
      and(
        eq(trainingSessions.countryCode, countryCode),
        eq(trainingSessions.status, 'completed'),
        eq(enrolments.status, 'completed'),
        gte(trainingSessions.lastDay, from),
        lte(trainingSessions.lastDay, until),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(evaluations)
            .where(and(eq(evaluations.enrolmentId, enrolments.id), eq(evaluations.source, 'manager'))),
        ),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(auditEvents)
            .where(
              and(
                eq(auditEvents.entityType, 'enrolment'),
                eq(auditEvents.entityId, sql`${enrolments.id}::text`),
                eq(auditEvents.action, requested),
              ),
            ),
        ),
      ),
    );

/**
 * Who rates the impact: the managers of the nearest unit above the participant (a unit without a
 * manager passes to its parent's), else the municipality's HR officers. Never the participant.
 */
async function lineManagers(tx: Tx, organisationId: string, unitPath: string | null, exclude: string | null) {
  const people = await tx
    .select({ userId: memberships.userId, role: memberships.role, path: orgUnits.path })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, ['manager', 'hr_officer']),
        eq(users.status, 'active'),
      ),
    );
  const others = people.filter((p) => p.userId !== exclude);
  const above = others.filter((p) => p.role === 'manager' && p.path && unitPath?.startsWith(p.path));
  const nearest = Math.max(0, ...above.map((p) => p.path?.length ?? 0));
  const managers = above.filter((p) => p.path?.length === nearest);
  return (managers.length ? managers : others.filter((p) => p.role === 'hr_officer')).map((p) => p.userId);
}

/**
 * The daily job: asks line managers to rate the impact of trainings completed the country's
 * `learning.impactAfterMonths` ago. Each enrolment is asked about once: an audit event remembers it
 * (the outbox keeps only the rendered text, and no column may be added for it). Answers how many
 * e-mails it queued.
 */
export async function askForImpact(deps: LearningMailDeps & { tenancy: Tenancy }): Promise<number> {
  return deps.tenancy.run(systemScope, async (tx) => {
    let queued = 0;
    for (const country of await tx.select({ code: countries.code, pack: countries.pack }).from(countries)) {
      const months = (country.pack as StoredPack).learning?.impactAfterMonths;
      if (!months) continue;
      const until = addMonths(today(), -months);
      for (const e of await dueEnrolments(tx, country.code, addDays(until, -windowDays), until)) {
        const recipients = await lineManagers(tx, e.organisationId, e.unitPath, e.participantUserId);
        queued += await notifyAboutSession(tx, deps, recipients, e.session, {
          template: 'training_impact_due',
          path: '/approvals/trainings',
          extra: (locale) => ({
            participant: readsLatin(locale) ? e.participantNameLatin : e.participantName,
          }),
        });
        await recordAudit(tx, null, {
          organisationId: e.organisationId,
          action: requested,
          entityType: 'enrolment',
          entityId: e.id,
          after: { recipients: recipients.length },
        });
      }
    }
    return queued;
  });
}
