import { randomUUID } from 'node:crypto';
import type { ApprovalState, EnrolmentStatus } from '../../contracts/learning-enrolments';
import { completes } from '../modules/learning/attendance.service';
import type { enrolments } from '../modules/learning/enrolments.tables';
import { atWork } from './appraisal-seed';
import type { Pin } from './learning-data-types';
import type { Account, Staffer } from './learning-people';
import type { PlannedSession, SessionContext } from './learning-sessions-seed';
import { addDays, dayBetween } from './seed-dates';
import { chance, pickFrom, type Random } from './seed-random';

/** An enrolment as written, for the certificates and evaluations that follow. */
export type PlacedEnrolment = {
  id: string;
  staffer: Staffer;
  status: EnrolmentStatus;
  pin?: Pin;
  approver: Account;
};

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
/** A moment of a later step, at least an hour after the step before (both may fall on one day). */
const following = (at: Date, before: Date) => (at > before ? at : new Date(before.getTime() + 3_600_000));

function hrOf(ctx: SessionContext, organisationId: string): Account {
  const hr = [...ctx.people.accounts.values()].find(
    (a) => a.role === 'hr_officer' && a.organisationId === organisationId,
  );
  if (!hr) throw new Error(`learning demo: no HR officer in ${organisationId}`);
  return hr;
}

/**
 * Who approves and later rates the impact: the manager heading the nearest unit above the
 * official (never themself), else the municipality's HR officer, as the enrolment service asks.
 */
function approverOf(ctx: SessionContext, s: Staffer): Account {
  const above = [...ctx.people.accounts.values()]
    .filter(
      (a) =>
        a.role === 'manager' &&
        a.organisationId === s.organisationId &&
        a.id !== s.userId &&
        a.unitPath !== null &&
        s.unitPath.startsWith(a.unitPath),
    )
    .sort((a, b) => (b.unitPath?.length ?? 0) - (a.unitPath?.length ?? 0));
  return above[0] ?? hrOf(ctx, s.organisationId);
}

/** Present every day (most), away one day (some) or not at all (a few). */
function presence(days: number, random: Random): boolean[] {
  const r = random();
  if (r < 0.04) return Array.from({ length: days }, () => false);
  if (r < 0.14) {
    const away = Math.floor(random() * days);
    return Array.from({ length: days }, (_, i) => i !== away);
  }
  return Array.from({ length: days }, () => true);
}

/** The register of the days already held; answers how many the participant attended. */
function addAttendance(ctx: SessionContext, plan: PlannedSession, e: PlacedEnrolment): number {
  const { random, today } = ctx;
  const held = plan.days.filter((d) => d.date < today);
  // The demo accounts attended in full: their journeys start from a certificate.
  const marks = e.pin ? plan.days.map(() => true) : presence(plan.days.length, random);
  const trainer = plan.trainers.find((t) => t.userId);
  const registrar = trainer?.userId ?? ctx.registrars.get(plan.entry.organiser)?.id ?? null;
  held.forEach((day, i) => {
    const present = marks[i] as boolean;
    // Participants with a login scan the day's QR code themselves.
    const scanned = present && e.staffer.userId !== null && plan.entry.mode === 'in_person';
    ctx.writer.rows.attendance.push({
      enrolmentId: e.id,
      dayId: day.id,
      organisationId: e.staffer.organisationId,
      organiserId: plan.organiserId,
      present,
      method: scanned ? 'qr' : 'register',
      recordedBy: scanned ? e.staffer.userId : registrar,
      recordedAt: new Date(`${day.date}T${scanned ? '08:52' : '15:10'}:00Z`),
    });
  });
  return held.filter((_, i) => marks[i]).length;
}

type Fate = 'seat' | 'cancelled' | 'declined';

/**
 * Enrols the session's participants in order: seats first, then the waiting list. Past sessions
 * are judged by their attendance against the completion rule; a few places were cancelled or
 * declined on the way. Sets the session's seat counters as seat allocation keeps them.
 */
export function addEnrolments(ctx: SessionContext, plan: PlannedSession): PlacedEnrolment[] {
  const { random, today, texts, writer } = ctx;
  const { row, phase } = plan;
  const firstDay = row.firstDay;
  const lastDay = row.lastDay;
  const requires = row.requiresApproval ?? true;
  const yesterday = addDays(today, -1);
  const placed: PlacedEnrolment[] = [];
  let seats = 0;
  let waiting = 0;
  for (const { staffer, pin, awaiting } of plan.participants) {
    const approver = approverOf(ctx, staffer);
    const hr = hrOf(ctx, staffer.organisationId);
    const enrolledOn = dayBetween(
      plan.registrationOpens,
      earlier(plan.registrationCloses, yesterday),
      random,
    );
    const createdAt = atWork(enrolledOn, random);
    const decidedAt = following(
      atWork(earlier(addDays(enrolledOn, 2), later(enrolledOn, yesterday)), random),
      createdAt,
    );
    // The demo accounts enrolled themselves; HR officers (sometimes the line manager) the others.
    const byManager = !pin && !awaiting && approver.role === 'manager' && chance(0.3, random);
    const fate: Fate =
      pin || awaiting || chance(0.95, random)
        ? 'seat'
        : requires && chance(0.5, random)
          ? 'declined'
          : 'cancelled';
    const pending =
      requires &&
      phase === 'upcoming' &&
      fate === 'seat' &&
      (pin === 'pending' || awaiting || (!pin && !byManager && chance(0.2, random)));
    const approval: ApprovalState = !requires
      ? 'not_required'
      : fate === 'declined'
        ? 'declined'
        : pending
          ? 'pending'
          : 'approved';
    const e: PlacedEnrolment = {
      id: randomUUID(),
      staffer,
      status: 'confirmed',
      approver,
      ...(pin && { pin }),
    };
    let waitlistSeq: number | null = null;
    let completedAt: Date | null = null;
    let cancelledAt: Date | null = null;
    if (fate !== 'seat') {
      e.status = 'cancelled';
      const lastChance = earlier(addDays(firstDay, -2), yesterday);
      cancelledAt =
        fate === 'declined'
          ? decidedAt
          : following(atWork(dayBetween(enrolledOn, lastChance, random), random), createdAt);
    } else if (seats >= row.capacity) {
      e.status = 'waitlisted';
      waiting += 1;
      waitlistSeq = waiting;
    } else {
      seats += 1;
      const attended = addAttendance(ctx, plan, e);
      if (phase === 'past') {
        e.status = completes(attended, plan.days.length, row.completionPercent)
          ? 'completed'
          : 'not_completed';
        completedAt = atWork(earlier(addDays(lastDay, 1), yesterday), random);
      }
    }
    const decided = approval === 'approved' || approval === 'declined';
    writer.rows.enrolments.push({
      id: e.id,
      organisationId: staffer.organisationId,
      employeeId: staffer.id,
      sessionId: plan.id,
      organiserId: plan.organiserId,
      participantName: staffer.name,
      participantNameLatin: staffer.nameLatin,
      jobTitle: staffer.jobTitle,
      gender: staffer.gender,
      participantUserId: staffer.userId,
      status: e.status,
      waitlistSeq,
      approval,
      decidedBy: decided ? approver.id : null,
      decidedByName: decided ? approver.name : null,
      declineReason: fate === 'declined' ? pickFrom(texts.declineReasons, random) : null,
      enrolledBy: pin ? 'self' : byManager ? 'manager' : 'hr',
      enrolledByUser: pin ? null : byManager ? approver.id : hr.id,
      cancelReason: fate === 'cancelled' ? pickFrom(texts.cancelReasons, random) : null,
      cancelledAt,
      completedAt,
      createdAt,
      updatedAt: completedAt ?? cancelledAt ?? (decided ? decidedAt : createdAt),
    } satisfies typeof enrolments.$inferInsert);
    placed.push(e);
  }
  Object.assign(row, {
    confirmedCount: seats,
    waitlistedCount: waiting,
    waitlistSeq: waiting,
    updatedAt: phase === 'past' ? atWork(earlier(addDays(lastDay, 1), yesterday), random) : row.updatedAt,
  });
  return placed;
}
