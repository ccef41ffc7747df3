import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { invalid, notFound } from '../../platform/errors';
import { type EnrolmentRecord, enrolmentsRepo } from './enrolments.repo';
import type { enrolments } from './enrolments.tables';
import { sessionsRepo } from './sessions.repo';
import { trainingSessions } from './sessions.tables';

/*
 * Seats are shared by every municipality of a session, and row-level security shows each only
 * its own enrolments, so these functions run in a system-scope transaction (after the service
 * has checked the actor) and serialise on the session row: `select … for update` makes 500
 * simultaneous requests for 30 seats take their turn, so capacity is never exceeded.
 */

export type NewPlace = Omit<
  typeof enrolments.$inferInsert,
  'sessionId' | 'organiserId' | 'status' | 'waitlistSeq'
>;

async function lockedSession(tx: Tx, sessionId: string) {
  const session = await sessionsRepo.lockSeats(tx, sessionId);
  if (!session) throw notFound('session');
  return session;
}

async function saveCounts(tx: Tx, sessionId: string, waitlistSeq: number) {
  const counts = await enrolmentsRepo.counts(tx, sessionId);
  await tx
    .update(trainingSessions)
    .set({ confirmedCount: counts.confirmed, waitlistedCount: counts.waitlisted, waitlistSeq })
    .where(eq(trainingSessions.id, sessionId));
}

/**
 * Gives each new place a seat while any is free, in the order given, and puts the rest on the
 * waiting list. A person who already holds a live place fails the whole request.
 */
export async function allocateSeats(
  tx: Tx,
  sessionId: string,
  places: NewPlace[],
): Promise<EnrolmentRecord[]> {
  const session = await lockedSession(tx, sessionId);
  const taken = new Set(
    await enrolmentsRepo.liveIn(
      tx,
      sessionId,
      places.map((p) => p.employeeId),
    ),
  );
  places.forEach((p, i) => {
    if (taken.has(p.employeeId)) throw invalid(`employeeIds.${i}`, 'already_enrolled');
  });
  const counts = await enrolmentsRepo.counts(tx, sessionId);
  let free = session.capacity - counts.confirmed;
  let seq = session.waitlistSeq;
  const rows = places.map((p) => {
    const base = { ...p, sessionId, organiserId: session.organiserId };
    if (free > 0 && counts.waitlisted === 0) {
      free -= 1;
      return { ...base, status: 'confirmed', waitlistSeq: null };
    }
    seq += 1;
    return { ...base, status: 'waitlisted', waitlistSeq: seq };
  });
  const inserted = await enrolmentsRepo.insert(tx, rows);
  await saveCounts(tx, sessionId, seq);
  return inserted;
}

/**
 * After a seat was given back or capacity grew: moves the longest-waiting people up while seats
 * are free and the session has not begun. Answers who moved up.
 */
export async function fillFreedSeats(tx: Tx, sessionId: string, today: string): Promise<EnrolmentRecord[]> {
  const session = await lockedSession(tx, sessionId);
  const counts = await enrolmentsRepo.counts(tx, sessionId);
  const open = session.status === 'scheduled' && today < session.firstDay;
  const waiting = open
    ? await enrolmentsRepo.nextWaiting(tx, sessionId, session.capacity - counts.confirmed)
    : [];
  const promoted = await enrolmentsRepo.update(
    tx,
    waiting.map((e) => e.id),
    { status: 'confirmed', waitlistSeq: null },
  );
  await saveCounts(tx, sessionId, session.waitlistSeq);
  return promoted;
}
