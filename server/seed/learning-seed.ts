import type { Tx } from '../db/client';
import { findCountryPack } from '../packs/packs';
import { atWork } from './appraisal-seed';
import { namrbCatalogue } from './learning-catalogue-bg-data';
import { kragujevacCatalogue, napaCatalogue } from './learning-catalogue-rs-data';
import { addProgrammes, addTrainers, type SeededProgramme } from './learning-catalogue-seed';
import { addCertificates } from './learning-certificates-seed';
import type { CatalogueEntry, SessionEntry, TrainerEntry } from './learning-data-types';
import { addEnrolments } from './learning-enrolments-seed';
import { addEvaluations } from './learning-evaluations-seed';
import { type LearningPeople, loadLearningPeople } from './learning-people';
import {
  bulgarianSessions,
  learningTexts,
  serbianSessions,
  trainingRequestEntries,
} from './learning-sessions-data';
import {
  addSession,
  numberSessions,
  type PlannedSession,
  type SessionContext,
} from './learning-sessions-seed';
import { namrbTrainers, napaTrainers } from './learning-trainers-data';
import { createLearningWriter, type LearningWriter } from './learning-writer';
import { addDays } from './seed-dates';
import type { SeedCountry } from './seed-latin';
import { seededRandom, seedOf } from './seed-random';

export type LearningCounts = {
  programmes: number;
  trainers: number;
  sessions: number;
  enrolments: number;
  attendance: number;
  certificates: number;
  evaluations: number;
  trainingRequests: number;
};

export const noLearning: LearningCounts = {
  programmes: 0,
  trainers: 0,
  sessions: 0,
  enrolments: 0,
  attendance: 0,
  certificates: 0,
  evaluations: 0,
  trainingRequests: 0,
};

type CountryPlan = {
  country: SeedCountry;
  catalogues: ReadonlyArray<readonly [owner: string, entries: readonly CatalogueEntry[]]>;
  register: { keeper: string; entries: readonly TrainerEntry[]; prefix: string; domain: string };
  sessions: readonly SessionEntry[];
};

/** Each country's catalogues (national and a municipality's own), trainer register and sessions. */
const countryPlans: readonly CountryPlan[] = [
  {
    country: 'RS',
    catalogues: [
      ['napa', napaCatalogue],
      ['kragujevac', kragujevacCatalogue],
    ],
    register: { keeper: 'napa', entries: napaTrainers, prefix: 'NAPA-R', domain: 'napa.example' },
    sessions: serbianSessions,
  },
  {
    country: 'BG',
    catalogues: [['namrb', namrbCatalogue]],
    register: { keeper: 'namrb', entries: namrbTrainers, prefix: 'NSORB-T', domain: 'namrb.example' },
    sessions: bulgarianSessions,
  },
];

const idOf = (orgIds: ReadonlyMap<string, string>, slug: string): string => {
  const id = orgIds.get(slug);
  if (!id) throw new Error(`learning demo: unknown organisation ${slug}`);
  return id;
};

/** Each organiser's administrator (or, for a municipality, its HR officer) keeps the register. */
function registrarsOf(people: LearningPeople, orgIds: ReadonlyMap<string, string>, slugs: string[]) {
  const accounts = [...people.accounts.values()];
  return new Map(
    slugs.flatMap((slug) => {
      const own = accounts.filter((a) => a.organisationId === orgIds.get(slug));
      const keeper = own.find((a) => a.role === 'national_admin') ?? own.find((a) => a.role === 'hr_officer');
      return keeper ? [[slug, keeper] as const] : [];
    }),
  );
}

/** The trainers' latest closed sessions: their own evaluation of it is left to do. */
function latestOf(plans: readonly PlannedSession[]): Map<string, string> {
  const latest = new Map<string, PlannedSession>();
  for (const p of plans.filter((x) => x.phase === 'past'))
    for (const t of p.trainers) {
      const before = latest.get(t.id);
      if (!before || before.row.lastDay < p.row.lastDay) latest.set(t.id, p);
    }
  return new Map([...latest].map(([trainer, plan]) => [trainer, plan.id]));
}

function addCountry(
  writer: LearningWriter,
  plan: CountryPlan,
  people: LearningPeople,
  orgIds: ReadonlyMap<string, string>,
  today: string,
  codes: Set<string>,
): PlannedSession[] {
  const random = seededRandom(seedOf(`learning:${plan.country}`));
  const context = { today, random };
  const programmes = new Map<string, SeededProgramme>();
  for (const [owner, entries] of plan.catalogues)
    for (const p of addProgrammes(
      writer,
      entries,
      { id: idOf(orgIds, owner), country: plan.country },
      people,
      context,
    ))
      programmes.set(`${owner}:${p.code}`, p);
  const { keeper, entries, prefix, domain } = plan.register;
  const register = { id: idOf(orgIds, keeper), country: plan.country, prefix, domain };
  const trainers = addTrainers(writer, entries, register, people, context);
  const ctx: SessionContext = {
    country: plan.country,
    today,
    random,
    writer,
    people,
    orgIds,
    programmes,
    trainers: new Map(trainers.map((t) => [t.key, t])),
    texts: learningTexts[plan.country],
    registrars: registrarsOf(people, orgIds, [...new Set(plan.sessions.map((s) => s.organiser))]),
    placed: new Set(),
  };
  const sessions = plan.sessions.map((entry) => addSession(ctx, entry));
  const latest = latestOf(sessions);
  const impactAfterMonths = findCountryPack(plan.country)?.learning.impactAfterMonths ?? 3;
  for (const session of sessions) {
    const placed = addEnrolments(ctx, session);
    if (session.phase !== 'past') continue;
    addCertificates(ctx, session, placed, codes);
    const openFor = new Set(session.trainers.filter((t) => latest.get(t.id) === session.id).map((t) => t.id));
    addEvaluations(ctx, session, placed, { impactAfterMonths, openFor });
  }
  return sessions;
}

/** Municipalities' requests to the national bodies, open and answered. */
function addRequests(
  writer: LearningWriter,
  people: LearningPeople,
  orgIds: ReadonlyMap<string, string>,
  sessions: readonly PlannedSession[],
  today: string,
) {
  const random = seededRandom(seedOf('learning:requests'));
  for (const r of trainingRequestEntries) {
    const programme = writer.rows.programmes.find(
      (p) => p.ownerId === orgIds.get(r.body) && p.code === r.programme,
    );
    const createdAt = atWork(addDays(today, -r.ago), random);
    const answeredAt = r.answer ? atWork(addDays(today, -r.ago + r.answer.after), random) : createdAt;
    const session = r.answer?.session ? sessions.find((s) => s.entry.key === r.answer?.session) : undefined;
    writer.rows.requests.push({
      organisationId: idOf(orgIds, r.from),
      bodyId: idOf(orgIds, r.body),
      programmeId: programme?.id ?? null,
      topic: r.topic,
      preferredFrom: addDays(today, r.window[0]),
      preferredTo: addDays(today, r.window[1]),
      participants: r.participants,
      note: r.note,
      status: r.answer?.status ?? 'submitted',
      answer: r.answer?.text ?? null,
      sessionId: session?.id ?? null,
      requestedBy: people.accounts.get(r.account)?.id ?? null,
      createdAt,
      updatedAt: answeredAt,
    });
  }
}

/**
 * The professional-development demo: both countries' catalogues (NAMRB's ten modules, the
 * academy's general programme, Kragujevac's special programme), trainer registers with a login
 * each, sessions over the past ten months with attendance, certificates and evaluations, upcoming
 * ones with seats, waiting lists and approvals pending, and municipalities' training requests.
 * Reads back the staff and logins already written; deterministic per country, dates relative to
 * `today`. Runs in the caller's system-scope transaction.
 */
export async function seedDemoLearning(
  tx: Tx,
  orgIds: ReadonlyMap<string, string>,
  today: string,
): Promise<LearningCounts> {
  const people = await loadLearningPeople(tx);
  const writer = createLearningWriter();
  const codes = new Set<string>();
  const sessions = countryPlans.flatMap((plan) => addCountry(writer, plan, people, orgIds, today, codes));
  numberSessions(writer);
  addRequests(writer, people, orgIds, sessions, today);
  await writer.flush(tx);
  return {
    programmes: writer.rows.programmes.length,
    trainers: writer.rows.trainers.length,
    sessions: writer.rows.sessions.length,
    enrolments: writer.rows.enrolments.length,
    attendance: writer.rows.attendance.length,
    certificates: writer.rows.certificates.length,
    evaluations: writer.rows.evaluations.length,
    trainingRequests: writer.rows.requests.length,
  };
}
