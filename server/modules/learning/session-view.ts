import type { DeliveryMode } from '../../../contracts/learning-catalogue';
import type { RegistrationState, Session, SessionStatus } from '../../../contracts/learning-sessions';
import type { SessionDayRow, SessionRow, SessionTrainerRow } from './sessions.repo';

type SeatState = {
  status: string;
  registrationOpens: string;
  registrationCloses: string;
  confirmedCount: number;
  capacity: number;
};

/** May one enrol today, and does a new enrolment get a seat or a place on the waiting list? */
export function registrationState(s: SeatState, today: string): RegistrationState {
  if (s.status !== 'scheduled' || today > s.registrationCloses) return 'closed';
  if (today < s.registrationOpens) return 'not_yet';
  return s.confirmedCount < s.capacity ? 'open' : 'waiting_list';
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Sum of the days' lengths in hours, to one decimal. */
export const sessionHours = (days: ReadonlyArray<{ startsAt: string; endsAt: string }>) =>
  Math.round(days.reduce((sum, d) => sum + minutes(d.endsAt) - minutes(d.startsAt), 0) / 6) / 10;

export function toSession(
  row: SessionRow,
  days: SessionDayRow[],
  trainers: SessionTrainerRow[],
  today: string,
): Session {
  const s = row.session;
  const own = days.filter((d) => d.sessionId === s.id);
  return {
    id: s.id,
    reference: s.reference,
    programmeId: s.programmeId,
    programmeCode: row.programmeCode,
    programmeTitle: row.programmeTitle,
    topicArea: row.topicArea,
    organiserId: s.organiserId,
    organiserName: row.organiserName,
    organiserNameLatin: row.organiserNameLatin,
    countryCode: s.countryCode,
    restrictedToId: s.restrictedToId,
    restrictedToName: row.restrictedToName,
    restrictedToNameLatin: row.restrictedToNameLatin,
    mode: s.mode as DeliveryMode,
    venue: s.venue,
    onlineUrl: s.onlineUrl,
    days: own.map((d) => ({ id: d.id, date: d.date, startsAt: d.startsAt, endsAt: d.endsAt })),
    hours: sessionHours(own),
    capacity: s.capacity,
    registrationOpens: s.registrationOpens,
    registrationCloses: s.registrationCloses,
    cancelUntil: s.cancelUntil,
    requiresApproval: s.requiresApproval,
    completionPercent: s.completionPercent,
    status: s.status as SessionStatus,
    registration: registrationState(s, today),
    trainers: trainers
      .filter((t) => t.sessionId === s.id)
      .map((t) => ({ id: t.id, name: t.name, nameLatin: t.nameLatin })),
    confirmed: s.confirmedCount,
    waitlisted: s.waitlistedCount,
    note: s.note,
    updatedAt: s.updatedAt.toISOString(),
  };
}
