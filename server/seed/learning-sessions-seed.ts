import { randomUUID } from 'node:crypto';
import { checkInToken } from '../modules/learning/session-writer';
import type { trainingSessions } from '../modules/learning/sessions.tables';
import { atWork } from './appraisal-seed';
import type { SeededProgramme, SeededTrainer } from './learning-catalogue-seed';
import type { Pin, SessionEntry } from './learning-data-types';
import type { Account, LearningPeople, Staffer } from './learning-people';
import type { LearningTexts } from './learning-sessions-data';
import type { LearningWriter } from './learning-writer';
import { addDays } from './seed-dates';
import type { SeedCountry } from './seed-latin';
import { type Random, shuffled } from './seed-random';

/** Everything a country's sessions draw on. */
export type SessionContext = {
  country: SeedCountry;
  today: string;
  random: Random;
  writer: LearningWriter;
  people: LearningPeople;
  orgIds: ReadonlyMap<string, string>;
  /** Programmes by `<owner slug>:<code>`. */
  programmes: ReadonlyMap<string, SeededProgramme>;
  trainers: ReadonlyMap<string, SeededTrainer>;
  texts: LearningTexts;
  /** Who takes the register when no trainer with a login does: each organiser's administrator. */
  registrars: ReadonlyMap<string, Account>;
  /** `<programme id>:<employee id>` already placed: nobody takes the same programme twice. */
  placed: Set<string>;
};

/** Past: judged and closed; running: under way today; upcoming: announced or draft. */
export type Phase = 'past' | 'running' | 'upcoming';

export type PlannedSession = {
  id: string;
  /** The row as written: the enrolments set its seat counters. */
  row: typeof trainingSessions.$inferInsert;
  entry: SessionEntry;
  programme: SeededProgramme;
  organiserId: string;
  phase: Phase;
  days: Array<{ id: string; date: string; startsAt: string; endsAt: string }>;
  trainers: SeededTrainer[];
  registrationOpens: string;
  registrationCloses: string;
  /** Participants in enrolment order: the pinned accounts first, then those awaiting approval. */
  participants: Array<{ staffer: Staffer; pin?: Pin; awaiting?: true }>;
};

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const workday = (day: string): string => (weekday(day) % 6 === 0 ? workday(addDays(day, 1)) : day);

/**
 * The session's days: consecutive working days of one week from `start` (a session that would
 * run over a weekend starts the Monday after), or calendar days for the one under way today.
 */
function datesOf(entry: SessionEntry, count: number, today: string): string[] {
  if (entry.running) return Array.from({ length: count }, (_, i) => addDays(today, entry.start + i));
  let first = workday(addDays(today, entry.start));
  if (weekday(first) + count - 1 > 5) first = addDays(first, 8 - weekday(first));
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Does the programme's audience include this official? */
function fits(s: Staffer, p: SeededProgramme, firstDay: string): boolean {
  const groups = p.entry.targetGroups;
  return (
    groups.includes('all') ||
    (groups.includes('newcomer') && (s.hiredOn ?? '') > addDays(firstDay, -400)) ||
    ((groups.includes('manager') || groups.includes('senior')) && s.category === 'senior') ||
    (groups.includes('executive') && s.category === 'official') ||
    (groups.includes('hr') && /људским ресурсима|Човешки ресурси/.test(s.unitName))
  );
}

/**
 * Who a municipality sends: its officials without a demo login the programme is for, those of
 * the units it serves first, then anyone else active.
 */
function candidates(ctx: SessionContext, slug: string, p: SeededProgramme, firstDay: string): Staffer[] {
  const staff = (ctx.people.staff.get(ctx.orgIds.get(slug) ?? '') ?? []).filter(
    (s) => s.userId === null && !ctx.placed.has(`${p.id}:${s.id}`),
  );
  const units = p.entry.units;
  const rank = (s: Staffer) => (fits(s, p, firstDay) ? 0 : 2) + (units?.test(s.unitName) ? 0 : 1);
  return shuffled(staff, ctx.random).sort((a, b) => rank(a) - rank(b));
}

/** The file of a demo login. */
function fileOf(ctx: SessionContext, email: string) {
  const account = ctx.people.accounts.get(email);
  const staffer = ctx.people.staff.get(account?.organisationId ?? '')?.find((s) => s.userId === account?.id);
  if (!account || !staffer) throw new Error(`learning demo: no personnel file for ${email}`);
  return { account, staffer };
}

/**
 * The demo logins placed in the session, then a manager's team members waiting for their approval,
 * then staff of the municipalities in turn.
 */
function participantsOf(ctx: SessionContext, entry: SessionEntry, p: SeededProgramme, firstDay: string) {
  const chosen: PlannedSession['participants'] = Object.entries(entry.pins ?? {}).map(([email, pin]) => ({
    staffer: fileOf(ctx, email).staffer,
    pin,
  }));
  if (entry.awaiting) {
    const { account } = fileOf(ctx, entry.awaiting.manager);
    const team = candidates(ctx, entry.awaiting.from, p, firstDay).filter((s) =>
      s.unitPath.startsWith(account.unitPath ?? '-'),
    );
    chosen.push(...team.slice(0, entry.awaiting.count).map((s) => ({ staffer: s, awaiting: true as const })));
  }
  const taken = new Set(chosen.map((c) => c.staffer.id));
  const pools = entry.from.map((slug) => candidates(ctx, slug, p, firstDay).filter((s) => !taken.has(s.id)));
  // Round the municipalities in turn, so each sends a few.
  for (let round = 0; chosen.length < entry.enrol && pools.some((pool) => pool.length > round); round++)
    for (const pool of pools) {
      const next = pool[round];
      if (next && chosen.length < entry.enrol) chosen.push({ staffer: next });
    }
  for (const c of chosen) ctx.placed.add(`${p.id}:${c.staffer.id}`);
  return chosen;
}

/**
 * Writes a session with its days (each with its own check-in secret) and trainers; answers the
 * plan the enrolments follow. Its reference is numbered once all of the organiser's are known.
 */
export function addSession(ctx: SessionContext, entry: SessionEntry): PlannedSession {
  const { today, random, writer } = ctx;
  const organiserId = ctx.orgIds.get(entry.organiser);
  const programme = ctx.programmes.get(`${entry.organiser}:${entry.programme}`);
  if (!organiserId || !programme) throw new Error(`learning demo: no ${entry.organiser}:${entry.programme}`);
  const id = randomUUID();
  const { hours, days: count } = programme.entry;
  const dates = datesOf(entry, count, today);
  const firstDay = dates[0] as string;
  const lastDay = dates[dates.length - 1] as string;
  const phase: Phase = lastDay < today ? 'past' : firstDay <= today ? 'running' : 'upcoming';
  const start = entry.mode === 'in_person' ? 9 * 60 : 10 * 60;
  const days = dates.map((date) => {
    const day = {
      id: randomUUID(),
      date,
      startsAt: clock(start),
      endsAt: clock(start + Math.round((hours / count) * 60)),
    };
    writer.rows.days.push({ ...day, sessionId: id, organiserId, checkInToken: checkInToken() });
    return day;
  });
  const trainers = entry.trainers.map((key) => {
    const trainer = ctx.trainers.get(key);
    if (!trainer) throw new Error(`learning demo: no trainer ${key}`);
    writer.rows.sessionTrainers.push({ sessionId: id, trainerId: trainer.id, organiserId });
    return trainer;
  });
  const registrationOpens =
    phase === 'upcoming' ? addDays(today, entry.opensIn ?? -12) : addDays(firstDay, -40);
  const registrationCloses = addDays(firstDay, phase === 'upcoming' ? -3 : -4);
  const createdAt = atWork(addDays(registrationOpens, -7), random);
  const restrictedToId = entry.restrictedTo ? (ctx.orgIds.get(entry.restrictedTo) ?? null) : null;
  const code = programme.code.toLowerCase();
  const url =
    entry.mode === 'live_online'
      ? `${ctx.texts.webinar}${code}-${firstDay}`
      : entry.mode === 'distance'
        ? `${ctx.texts.elearning}${code}`
        : null;
  const row: typeof trainingSessions.$inferInsert = {
    id,
    organiserId,
    countryCode: ctx.country,
    programmeId: programme.id,
    restrictedToId,
    reference: '',
    mode: entry.mode,
    venue: entry.venue ?? null,
    onlineUrl: url,
    capacity: entry.capacity,
    registrationOpens,
    registrationCloses,
    cancelUntil: addDays(firstDay, -2),
    requiresApproval: entry.requiresApproval ?? true,
    completionPercent: programme.completionPercent,
    firstDay,
    lastDay,
    status: entry.draft ? 'draft' : phase === 'past' ? 'completed' : 'scheduled',
    confirmedCount: 0,
    waitlistedCount: 0,
    waitlistSeq: 0,
    cancelReason: null,
    note: entry.note ?? '',
    remindedAt: phase === 'upcoming' ? null : atWork(addDays(firstDay, -3), random),
    createdAt,
    updatedAt: createdAt,
  };
  writer.rows.sessions.push(row);
  return {
    id,
    row,
    entry,
    programme,
    organiserId,
    phase,
    days,
    trainers,
    registrationOpens,
    registrationCloses,
    participants: participantsOf(ctx, entry, programme, firstDay),
  };
}

/** References as the sessions service numbers them: `<year of the first day>-NNN` per organiser. */
export function numberSessions(writer: LearningWriter): void {
  const sessions = [...writer.rows.sessions].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  const used = new Map<string, number>();
  for (const s of sessions) {
    const year = s.firstDay.slice(0, 4);
    const n = (used.get(`${s.organiserId} ${year}`) ?? 0) + 1;
    used.set(`${s.organiserId} ${year}`, n);
    s.reference = `${year}-${String(n).padStart(3, '0')}`;
  }
}
