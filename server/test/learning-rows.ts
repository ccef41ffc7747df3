import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { systemScope } from '../db/tenancy';
import { issueCertificates } from '../modules/learning/certificate-issue';
import { attendance, enrolments } from '../modules/learning/enrolments.tables';
import { sessionDays, sessionTrainers, trainingSessions } from '../modules/learning/sessions.tables';
import type { TestApp } from './test-app';

/**
 * Sessions, places and attendance written straight to the tables (system scope), so that the
 * certificate, calendar and evaluation tests have a held session without going through the
 * sessions module's own flow, which its tests cover.
 */
export type SessionRows = { id: string; dayIds: string[] };
export type DayInput = { date: string; startsAt: string; endsAt: string };

let serial = 0;

export async function insertSessionRows(
  t: TestApp,
  input: {
    organiserId: string;
    programmeId: string;
    country?: 'RS' | 'BG';
    status?: 'draft' | 'scheduled' | 'completed' | 'cancelled';
    days: DayInput[];
    trainerIds?: string[];
    restrictedToId?: string | null;
    mode?: 'in_person' | 'live_online';
  },
): Promise<SessionRows> {
  return t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const dates = input.days.map((d) => d.date).sort();
    const first = dates[0] as string;
    const online = input.mode === 'live_online';
    const [session] = await tx
      .insert(trainingSessions)
      .values({
        organiserId: input.organiserId,
        countryCode: input.country ?? 'RS',
        programmeId: input.programmeId,
        restrictedToId: input.restrictedToId ?? null,
        reference: `T-${serial}-${randomBytes(3).toString('hex')}`,
        mode: input.mode ?? 'in_person',
        venue: online ? null : 'Сала 1, Нови Пазар',
        onlineUrl: online ? 'https://meet.example/kadar' : null,
        capacity: 30,
        registrationOpens: '2020-01-01',
        registrationCloses: first,
        cancelUntil: first,
        completionPercent: 100,
        firstDay: first,
        lastDay: dates.at(-1) as string,
        status: input.status ?? 'completed',
      })
      .returning({ id: trainingSessions.id });
    const id = (session as { id: string }).id;
    const days = await tx
      .insert(sessionDays)
      .values(
        input.days.map((d) => ({
          ...d,
          sessionId: id,
          organiserId: input.organiserId,
          checkInToken: randomBytes(18).toString('base64url'),
        })),
      )
      .returning({ id: sessionDays.id, date: sessionDays.date });
    for (const trainerId of input.trainerIds ?? [])
      await tx.insert(sessionTrainers).values({ sessionId: id, trainerId, organiserId: input.organiserId });
    return { id, dayIds: days.sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.id) };
  });
}

/** A place in a session; `present` marks attendance on each of these days. */
export async function insertEnrolmentRow(
  t: TestApp,
  input: {
    session: SessionRows;
    organiserId: string;
    organisationId: string;
    employeeId: string;
    participantUserId?: string | null;
    status?: 'confirmed' | 'waitlisted' | 'cancelled' | 'completed' | 'not_completed';
    name?: string;
    nameLatin?: string;
    present?: string[];
  },
): Promise<string> {
  return t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx
      .insert(enrolments)
      .values({
        organisationId: input.organisationId,
        employeeId: input.employeeId,
        sessionId: input.session.id,
        organiserId: input.organiserId,
        participantName: input.name ?? 'Ана Анић',
        participantNameLatin: input.nameLatin ?? 'Ana Anić',
        participantUserId: input.participantUserId ?? null,
        status: input.status ?? 'completed',
        approval: 'approved',
        enrolledBy: 'hr',
      })
      .returning({ id: enrolments.id });
    const id = (row as { id: string }).id;
    for (const dayId of input.present ?? [])
      await tx.insert(attendance).values({
        enrolmentId: id,
        dayId,
        organisationId: input.organisationId,
        organiserId: input.organiserId,
        present: true,
        method: 'register',
      });
    return id;
  });
}

/** What completing the session does for certificates: issue them in system scope, as the lead's completion does. */
export const issueFor = (t: TestApp, sessionId: string, enrolmentIds: string[], issuedOn = '2026-03-12') =>
  t.tenancy.run(systemScope, (tx) => issueCertificates(tx, sessionId, enrolmentIds, issuedOn));

export const setSessionStatus = (t: TestApp, sessionId: string, status: string) =>
  t.tenancy.run(systemScope, (tx) =>
    tx.update(trainingSessions).set({ status }).where(eq(trainingSessions.id, sessionId)),
  );
