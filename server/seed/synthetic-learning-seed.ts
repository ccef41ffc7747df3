import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { insertInChunks } from '../db/bulk-write';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { enrolments, evaluations } from '../modules/learning/enrolments.tables';
import { learningTargets } from '../modules/learning/planning.tables';
import { programmes } from '../modules/learning/programmes.tables';
import { sessionDays, trainingSessions } from '../modules/learning/sessions.tables';
import { organisations } from '../modules/organisations/organisations.tables';
import { employees } from '../modules/people/people.tables';
import { storedPack } from '../packs/stored-pack';
import { foldForSearch } from '../platform/i18n/transliterate';
import { addDays, dayNumber, fromDayNumber, toIsoDay } from './seed-dates';
import { intBetween, pickFrom, type Random, seededRandom } from './seed-random';
import { syntheticCountryCode } from './synthetic-seed';

/** The synthetic country's national training body: it organises every synthetic session. */
const bodyName = 'Национална академија за обуку XS';
const bodyNameLatin = 'Nacionalna akademija za obuku XS';
const programmeCount = 40;
const placesPerSession = 33;
const modes = ['in_person', 'in_person', 'live_online', 'distance'] as const;

type Person = { id: string; organisationId: string; gender: string | null; name: string; nameLatin: string };
type Planned = { id: string; lastDay: string; completed: boolean };

export type SyntheticLearningResult = { created: boolean; sessions: number; enrolments: number; ms: number };

async function addBody(tx: Tx): Promise<string> {
  const id = randomUUID();
  await insertInChunks(tx, organisations, [
    {
      id,
      countryCode: syntheticCountryCode,
      kind: 'national_body',
      name: bodyName,
      nameLatin: bodyNameLatin,
      search: foldForSearch(`${bodyName} ${bodyNameLatin}`),
    },
  ]);
  return id;
}

async function addProgrammes(
  tx: Tx,
  bodyId: string,
  random: Random,
): Promise<{ id: string; days: number }[]> {
  const topics = (await storedPack(tx, syntheticCountryCode)).learning?.topicAreas ?? [];
  const rows = Array.from({ length: programmeCount }, (_, i) => {
    const area = topics[i % topics.length];
    const days = intBetween(1, 3, random);
    const title = `Програм ${i + 1}`;
    const titleLatin = `Program ${i + 1}`;
    return {
      id: randomUUID(),
      ownerId: bodyId,
      countryCode: syntheticCountryCode,
      code: `XS-P-${i + 1}`,
      title: { name: title, nameLatin: titleLatin, nameEn: `Programme ${i + 1}` },
      topicArea: area?.code ?? 'general',
      part: 'general',
      targetGroups: ['all'],
      deliveryModes: ['in_person', 'live_online', 'distance'],
      durationHours: days * 6,
      durationDays: days,
      status: 'published',
      search: foldForSearch(`${title} ${titleLatin}`),
    };
  });
  await insertInChunks(tx, programmes, rows);
  return rows.map((r) => ({ id: r.id, days: r.durationDays }));
}

/**
 * `count` sessions of the current year (a tenth restricted to a municipality, as trainings on
 * request are), those already over completed, and their days of six hours.
 */
async function addSessions(
  tx: Tx,
  ctx: { bodyId: string; random: Random; today: string; municipalities: string[] },
  catalogue: { id: string; days: number }[],
  count: number,
): Promise<Planned[]> {
  const { random, today } = ctx;
  const year = Number(today.slice(0, 4));
  const first = dayNumber(`${year}-01-01`);
  const planned: Planned[] = [];
  for (let start = 0; start < count; start += 5000) {
    const sessions: (typeof trainingSessions.$inferInsert)[] = [];
    const days: (typeof sessionDays.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + 5000); i++) {
      const programme = pickFrom(catalogue, random);
      const firstDay = fromDayNumber(first + intBetween(0, 360 - programme.days, random));
      const lastDay = addDays(firstDay, programme.days - 1);
      const completed = lastDay < today;
      const mode = pickFrom(modes, random);
      const id = randomUUID();
      sessions.push({
        id,
        organiserId: ctx.bodyId,
        countryCode: syntheticCountryCode,
        programmeId: programme.id,
        restrictedToId: i % 10 === 0 ? pickFrom(ctx.municipalities, random) : null,
        reference: `XS-${year}-${i + 1}`,
        mode,
        venue: mode === 'in_person' ? 'Сала 1' : null,
        onlineUrl: mode === 'in_person' ? null : 'https://meet.example/xs',
        capacity: 40,
        registrationOpens: addDays(firstDay, -60),
        registrationCloses: addDays(firstDay, -3),
        cancelUntil: addDays(firstDay, -3),
        requiresApproval: false,
        completionPercent: 80,
        firstDay,
        lastDay,
        status: completed ? 'completed' : 'scheduled',
        confirmedCount: placesPerSession,
      });
      planned.push({ id, lastDay, completed });
      for (let d = 0; d < programme.days; d++)
        days.push({
          sessionId: id,
          organiserId: ctx.bodyId,
          date: addDays(firstDay, d),
          startsAt: '09:00',
          endsAt: '15:00',
          checkInToken: randomBytes(12).toString('base64url'),
        });
    }
    await insertInChunks(tx, trainingSessions, sessions, 2000);
    await insertInChunks(tx, sessionDays, days, 2000);
  }
  return planned;
}

/**
 * Places of the synthetic employees, distinct within a session (a stride through the roster),
 * most of the held ones completed, with the gender copied; a tenth rate their trainer.
 */
async function addEnrolments(
  tx: Tx,
  ctx: { bodyId: string; random: Random },
  sessions: Planned[],
  people: Person[],
) {
  const { random } = ctx;
  const stride = Math.max(1, Math.floor(people.length / placesPerSession));
  let written = 0;
  for (let start = 0; start < sessions.length; start += 1000) {
    const places: (typeof enrolments.$inferInsert)[] = [];
    const ratings: (typeof evaluations.$inferInsert)[] = [];
    for (const session of sessions.slice(start, start + 1000)) {
      const offset = intBetween(0, people.length - 1, random);
      const size = Math.min(placesPerSession, people.length);
      for (let k = 0; k < size; k++) {
        const p = people[(offset + k * stride) % people.length] as Person;
        const roll = random();
        const status = !session.completed
          ? 'confirmed'
          : roll < 0.9
            ? 'completed'
            : roll < 0.95
              ? 'not_completed'
              : 'cancelled';
        const id = randomUUID();
        places.push({
          id,
          organisationId: p.organisationId,
          employeeId: p.id,
          sessionId: session.id,
          organiserId: ctx.bodyId,
          participantName: p.name,
          participantNameLatin: p.nameLatin,
          gender: p.gender,
          status,
          approval: 'approved',
          enrolledBy: 'hr',
          waitlistSeq: null,
        });
        if (status === 'completed' && random() < 0.1) {
          const trainer = intBetween(3, 5, random);
          ratings.push({
            sessionId: session.id,
            organiserId: ctx.bodyId,
            organisationId: p.organisationId,
            enrolmentId: id,
            source: 'participant',
            ratings: { content: 4, trainer, organisation: 4, usefulness: 4 },
            score: (12 + trainer) / 4,
          });
        }
      }
    }
    await insertInChunks(tx, enrolments, places, 5000);
    await insertInChunks(tx, evaluations, ratings, 5000);
    written += places.length;
  }
  return written;
}

/**
 * Professional development of the synthetic country for the indicators benchmark: a national
 * body, 40 programmes, sessions over the current year and about `enrolments` places of the
 * synthetic employees, with targets. Runs once: answers `created: false` when the body exists.
 */
export async function seedSyntheticLearning(
  conn: Connection,
  options: { enrolments: number },
): Promise<SyntheticLearningResult> {
  const started = performance.now();
  return createTenancy(conn).run(systemScope, async (tx) => {
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(eq(organisations.countryCode, syntheticCountryCode), eq(organisations.kind, 'national_body')),
      );
    if (found.length > 0) return { created: false, sessions: 0, enrolments: 0, ms: 0 };
    const random = seededRandom(options.enrolments);
    const municipalities = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(eq(organisations.countryCode, syntheticCountryCode), ne(organisations.kind, 'national_body')),
      );
    const ids = municipalities.map((m) => m.id);
    const people: Person[] = ids.length
      ? (
          await tx
            .select({
              id: employees.id,
              organisationId: employees.organisationId,
              gender: employees.gender,
              given: employees.givenName,
              family: employees.familyName,
              givenLatin: employees.givenNameLatin,
              familyLatin: employees.familyNameLatin,
            })
            .from(employees)
            .where(inArray(employees.organisationId, ids))
        ).map((e) => ({
          id: e.id,
          organisationId: e.organisationId,
          gender: e.gender,
          name: `${e.given} ${e.family}`,
          nameLatin: `${e.givenLatin} ${e.familyLatin}`,
        }))
      : [];
    if (people.length === 0) throw new Error('the synthetic country has no employees: seed it first');
    const bodyId = await addBody(tx);
    const catalogue = await addProgrammes(tx, bodyId, random);
    const today = toIsoDay(new Date());
    const count = Math.max(1, Math.round(options.enrolments / placesPerSession));
    const sessions = await addSessions(tx, { bodyId, random, today, municipalities: ids }, catalogue, count);
    const written = await addEnrolments(tx, { bodyId, random }, sessions, people);
    const year = Number(today.slice(0, 4));
    await insertInChunks(tx, learningTargets, [
      { countryCode: syntheticCountryCode, year, mode: 'in_person', trained: 450_000 },
      { countryCode: syntheticCountryCode, year, mode: 'live_online', trained: 220_000 },
      { countryCode: syntheticCountryCode, year, mode: 'distance', trained: 220_000 },
      { countryCode: syntheticCountryCode, year, mode: 'on_request', trained: 90_000 },
    ]);
    return {
      created: true,
      sessions: sessions.length,
      enrolments: written,
      ms: Math.round(performance.now() - started),
    };
  });
}
