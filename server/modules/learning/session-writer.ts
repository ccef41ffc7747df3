import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SessionCreate } from '../../../contracts/learning-sessions';
import type { Tx } from '../../db/client';
import { invalid } from '../../platform/errors';
import { organisations } from '../organisations/organisations.tables';
import { programmes, trainers } from './programmes.tables';
import { sessionDays, sessionTrainers, trainingSessions } from './sessions.tables';

const lsgKinds = ['municipality', 'town', 'city', 'city_municipality'];

/** The secret a day's QR code carries; unguessable, one per day. */
export const checkInToken = () => randomBytes(24).toString('base64url');

type Schedule = Pick<
  SessionCreate,
  'mode' | 'venue' | 'onlineUrl' | 'days' | 'registrationOpens' | 'registrationCloses' | 'cancelUntil'
>;

/** Days in order, each ending after it starts; the window closes before the first day. */
export function checkSchedule(s: Schedule) {
  if (s.mode === 'in_person' && !s.venue) throw invalid('venue', 'required');
  if (s.mode === 'live_online' && !s.onlineUrl) throw invalid('onlineUrl', 'required');
  s.days.forEach((day, i) => {
    if (day.endsAt <= day.startsAt) throw invalid(`days.${i}.endsAt`, 'not_after_start');
    const previous = s.days[i - 1];
    if (previous && day.date <= previous.date) throw invalid(`days.${i}.date`, 'not_in_order');
  });
  const first = (s.days[0] as { date: string }).date;
  if (s.registrationCloses < s.registrationOpens) throw invalid('registrationCloses', 'before_opening');
  if (s.registrationCloses > first) throw invalid('registrationCloses', 'after_first_day');
  if (s.cancelUntil > first) throw invalid('cancelUntil', 'after_first_day');
}

/** Active, accredited trainers of a register in the organiser's country, through the last day. */
export async function checkTrainers(tx: Tx, ids: readonly string[], countryCode: string, lastDay: string) {
  if (!ids.length) return;
  const rows = await tx
    .select({ id: trainers.id, until: trainers.accreditedUntil, suspended: trainers.suspended })
    .from(trainers)
    .innerJoin(organisations, eq(organisations.id, trainers.organisationId))
    .where(and(inArray(trainers.id, [...ids]), eq(organisations.countryCode, countryCode)));
  ids.forEach((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw invalid(`trainerIds.${i}`, 'unknown_trainer');
    if (row.suspended || row.until < lastDay) throw invalid(`trainerIds.${i}`, 'trainer_not_accredited');
  });
}

export async function replaceDays(
  tx: Tx,
  sessionId: string,
  organiserId: string,
  days: SessionCreate['days'],
) {
  await tx.delete(sessionDays).where(eq(sessionDays.sessionId, sessionId));
  await tx
    .insert(sessionDays)
    .values(days.map((d) => ({ ...d, sessionId, organiserId, checkInToken: checkInToken() })));
}

export async function replaceTrainers(
  tx: Tx,
  sessionId: string,
  organiserId: string,
  ids: readonly string[],
) {
  await tx.delete(sessionTrainers).where(eq(sessionTrainers.sessionId, sessionId));
  if (ids.length)
    await tx
      .insert(sessionTrainers)
      .values([...new Set(ids)].map((trainerId) => ({ sessionId, trainerId, organiserId })));
}

/** The next reference of the organiser's year, e.g. 2026-014 (serialised per organiser). */
async function nextReference(tx: Tx, organiserId: string, year: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kadar.session-ref.${organiserId}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organiserId, organiserId),
        sql`${trainingSessions.reference} like ${`${year}-%`}`,
      ),
    );
  return `${year}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

/**
 * Validates a new session and writes it with its days and trainers; answers its id. The caller has
 * checked that the actor may organise for `organiserId` (sessions service, training requests).
 */
export async function insertSession(tx: Tx, input: SessionCreate): Promise<string> {
  const [organiser] = await tx.select().from(organisations).where(eq(organisations.id, input.organiserId));
  if (!organiser) throw invalid('organiserId', 'unknown_organisation');
  const [programme] = await tx.select().from(programmes).where(eq(programmes.id, input.programmeId));
  if (!programme || (programme.status !== 'published' && programme.ownerId !== organiser.id))
    throw invalid('programmeId', 'unknown_programme');
  if (programme.countryCode !== organiser.countryCode) throw invalid('programmeId', 'other_country');
  if (!programme.deliveryModes.includes(input.mode)) throw invalid('mode', 'not_programme_mode');
  if (input.restrictedToId) {
    const [target] = await tx.select().from(organisations).where(eq(organisations.id, input.restrictedToId));
    if (!target || !lsgKinds.includes(target.kind) || target.countryCode !== organiser.countryCode)
      throw invalid('restrictedToId', 'not_municipality');
  }
  checkSchedule(input);
  const firstDay = (input.days[0] as { date: string }).date;
  const lastDay = (input.days.at(-1) as { date: string }).date;
  await checkTrainers(tx, input.trainerIds, organiser.countryCode, lastDay);
  const [row] = await tx
    .insert(trainingSessions)
    .values({
      organiserId: organiser.id,
      countryCode: organiser.countryCode,
      programmeId: programme.id,
      restrictedToId: input.restrictedToId,
      reference: await nextReference(tx, organiser.id, firstDay.slice(0, 4)),
      mode: input.mode,
      venue: input.venue,
      onlineUrl: input.onlineUrl,
      capacity: input.capacity,
      registrationOpens: input.registrationOpens,
      registrationCloses: input.registrationCloses,
      cancelUntil: input.cancelUntil,
      requiresApproval: input.requiresApproval,
      completionPercent: input.completionPercent ?? programme.completionPercent,
      firstDay,
      lastDay,
      status: input.status,
      note: input.note,
    })
    .returning({ id: trainingSessions.id });
  const id = (row as { id: string }).id;
  await replaceDays(tx, id, organiser.id, input.days);
  await replaceTrainers(tx, id, organiser.id, input.trainerIds);
  return id;
}
