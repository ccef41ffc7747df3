import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ratingAsLevel, registerNumberOf } from '../../contracts/appraisal-rules';
import type { AppraisalStatus } from '../../contracts/appraisals';
import type { Tx } from '../db/client';
import { cycleDates } from '../modules/appraisals/appraisal-opening';
import type { appraisals } from '../modules/appraisals/appraisals.tables';
import { competenciesRepo } from '../modules/competencies/competencies.repo';
import { positions } from '../modules/positions/positions.tables';
import {
  type AppraisalOffice,
  loadAppraisalOffices,
  type Official,
  officialsOf,
  unitNamesOf,
} from './appraisal-office';
import {
  type AppraisalWriter,
  atWork,
  type Band,
  bandsByMerit,
  createAppraisalWriter,
  goalWeights,
  gradeSpread,
  rateInto,
} from './appraisal-seed';
import { type AppraisalTexts, appraisalTexts } from './appraisal-texts';
import { addDays, dayBetween } from './seed-dates';
import type { SeedCountry } from './seed-latin';
import {
  chance,
  intBetween,
  pickFrom,
  type Random,
  seededRandom,
  seedOf,
  shuffled,
  weighted,
} from './seed-random';

/** Municipalities whose demo has appraisals: the two years before this one closed, this one open. */
export const demoAppraisalSlugs: readonly string[] = [
  'novi-pazar',
  'kraljevo',
  'kragujevac',
  'gabrovo',
  'smolyan',
];

/**
 * Where the browser journeys find their accounts' appraisals this year: in Novi Pazar the official
 * acknowledges proposed goals; in Gabrovo the manager starts with the work plan.
 */
export const pinnedSteps: ReadonlyMap<string, Extract<AppraisalStatus, Stage>> = new Map([
  ['employee@novi-pazar.example', 'goals_proposed'],
  ['employee@gabrovo.example', 'draft'],
]);

/** How far an appraisal has got: its status, with "active" split by whether the interim review took place. */
const stages = [
  'draft',
  'goals_proposed',
  'active',
  'interim',
  'rated',
  'acknowledged',
  'finalised',
] as const;
type Stage = (typeof stages)[number];
const reached = (stage: Stage, step: Stage) => stages.indexOf(stage) >= stages.indexOf(step);

/** This year's appraisals by stage, in a hundred: most after the interim review, a few still in draft. */
const currentSpread: ReadonlyArray<readonly [Stage, number]> = [
  ['draft', 5],
  ['goals_proposed', 7],
  ['active', 8],
  ['interim', 52],
  ['rated', 20],
  ['acknowledged', 8],
];

/** The deadlines an appraisal runs to and the days its steps may fall on (`end` at the latest). */
type Schedule = { start: string; goalsDue: string; interimDue: string; finalDue: string; end: string };

type Row = typeof appraisals.$inferInsert;

type Context = {
  office: AppraisalOffice;
  texts: AppraisalTexts;
  bands: Band[];
  writer: AppraisalWriter;
  random: Random;
};

type Plan = {
  cycle: { id: string; year: number; openedAt: Date };
  stage: Stage;
  schedule: Schedule;
  /** Index into the bands (worst first) the rating aims at. */
  band: number;
  extraordinaryOf?: string;
  decision?: { day: string; sequence: number };
};

const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);

/** The days of each step, in order, within the schedule (a step squeezed past `end` falls on `end`). */
function timelineOf(s: Schedule, random: Random) {
  const between = (from: string, to: string) => {
    const last = earlier(to, s.end);
    return from < last ? dayBetween(from, last, random) : last;
  };
  const proposed = between(s.start, s.goalsDue);
  const goalsAcknowledged = between(addDays(proposed, 1), addDays(proposed, 7));
  const interim = between(later(addDays(goalsAcknowledged, 1), addDays(s.interimDue, -30)), s.interimDue);
  const rated = between(later(addDays(interim, 1), addDays(earlier(s.finalDue, s.end), -30)), s.finalDue);
  const acknowledged = between(addDays(rated, 1), addDays(rated, 6));
  return { proposed, goalsAcknowledged, interim, rated, acknowledged };
}

/** Three to five goals: up to two of the unit's own, the rest any official may have. */
function goalsFor(ctx: Context, official: Official, plan: Plan) {
  const { random, texts } = ctx;
  const names = unitNamesOf(ctx.office, official.orgUnitId);
  const own = names.map((n) => texts.unitGoals.find(([pattern]) => pattern.test(n))?.[1]).find(Boolean) ?? [];
  const chosen = [...shuffled(own, random).slice(0, 2), ...shuffled(texts.goals, random)].slice(
    0,
    intBetween(3, 5, random),
  );
  const weights = goalWeights(chosen.length, random);
  const { year } = plan.cycle;
  return chosen.map((g, i) => ({
    description: g.description,
    measure: g.measure,
    weight: weights[i] as number,
    dueOn: plan.extraordinaryOf
      ? plan.schedule.finalDue
      : `${year}-${g.due ?? pickFrom(['06-30', '09-30', '12-15', '12-31'], random)}`,
  }));
}

/** Writes one appraisal at `plan.stage` with its goals, competencies and, once finalised, training needs. */
function addAppraisal(ctx: Context, official: Official, plan: Plan): Row {
  const { office, texts, bands, writer, random } = ctx;
  const { rules, organisationId } = office;
  const { stage, schedule } = plan;
  const id = randomUUID();
  const days = timelineOf(schedule, random);
  const at = (step: Stage, day: string) => (reached(stage, step) ? atWork(day, random) : null);
  const goals = reached(stage, 'goals_proposed') ? goalsFor(ctx, official, plan) : [];
  const rated = reached(stage, 'rated')
    ? rateInto(
        rules,
        bands[plan.band] as Band,
        goals.map((g) => g.weight),
        official.competencies.length,
        random,
      )
    : null;
  writer.rows.goals.push(
    ...goals.map((g, i) => ({
      organisationId,
      appraisalId: id,
      position: i,
      ...g,
      interimNote:
        reached(stage, 'interim') && chance(0.6, random) ? pickFrom(texts.interimNotes, random) : null,
      rating: rated?.goals[i] ?? null,
      comment: null,
    })),
  );
  writer.rows.competencies.push(
    ...official.competencies.map(({ competency: c, requiredLevel }, i) => ({
      organisationId,
      appraisalId: id,
      competencyId: c.id,
      position: i,
      code: c.code,
      kind: c.kind,
      name: c.name,
      nameLatin: c.nameLatin,
      nameEn: c.nameEn,
      requiredLevel,
      rating: rated?.competencies[i] ?? null,
      comment: null,
    })),
  );

  const standing = rated ? bands.findIndex((b) => b.grade === rated.grade) : -1;
  const tier = standing <= 1 ? 'low' : standing >= bands.length - 2 ? 'high' : 'middle';
  const trainingNeeds =
    rated && chance(tier === 'low' ? 0.8 : 0.3, random) ? pickFrom(texts.trainingNeeds, random) : null;
  const { decision } = plan;
  const finalisedAt = decision && reached(stage, 'finalised') ? atWork(decision.day, random) : null;
  const createdAt = plan.extraordinaryOf ? atWork(schedule.start, random) : plan.cycle.openedAt;
  const steps = {
    goalsProposedAt: at('goals_proposed', days.proposed),
    goalsAcknowledgedAt: at('active', days.goalsAcknowledged),
    interimAt: at('interim', days.interim),
    ratedAt: at('rated', days.rated),
    acknowledgedAt: at('acknowledged', days.acknowledged),
    finalisedAt,
  };
  const row: Row = {
    id,
    organisationId,
    employeeId: official.employeeId,
    cycleId: plan.cycle.id,
    year: plan.cycle.year,
    kind: plan.extraordinaryOf ? 'extraordinary' : 'regular',
    extraordinaryOf: plan.extraordinaryOf ?? null,
    orgUnitId: official.orgUnitId,
    positionId: official.positionId,
    category: official.category,
    titleCode: official.titleCode,
    group: official.group,
    raterUserId: official.raterUserId,
    status: stage === 'interim' ? 'active' : stage,
    dueOn: reached(stage, 'finalised')
      ? null
      : stage === 'draft' || stage === 'goals_proposed'
        ? schedule.goalsDue
        : stage === 'active'
          ? schedule.interimDue
          : schedule.finalDue,
    ...steps,
    interimComment: reached(stage, 'interim') ? pickFrom(texts.interimComments, random) : null,
    officialInterimComment: null,
    raterComment: rated ? pickFrom(texts.raterComments[tier], random) : null,
    officialComment:
      reached(stage, 'acknowledged') && chance(0.3, random) ? pickFrom(texts.officialComments, random) : null,
    trainingNeeds,
    score: rated?.score ?? null,
    ratedGrade: rated?.grade ?? null,
    grade: rated?.grade ?? null,
    // Numbered in the register of the year the decision is taken.
    registerNumber:
      finalisedAt && decision
        ? registerNumberOf(rules, decision.sequence, Number(decision.day.slice(0, 4)))
        : null,
    registerSequence: finalisedAt && decision ? decision.sequence : null,
    decisionDate: finalisedAt && decision ? decision.day : null,
    appealDeadline: finalisedAt && decision ? addDays(decision.day, rules.appealDays) : null,
    appealReason: null,
    appealedAt: null,
    appealOutcome: null,
    appealGrade: null,
    appealNote: null,
    appealDecidedAt: null,
    createdAt,
    updatedAt: Object.values(steps).reduce<Date>((last, t) => (t && t > last ? t : last), createdAt),
  };
  writer.rows.appraisals.push(row);

  if (finalisedAt && rated) {
    const need = { organisationId, employeeId: official.employeeId, appraisalId: id, year: plan.cycle.year };
    official.competencies.forEach(({ competency, requiredLevel }, i) => {
      const level = ratingAsLevel(rules, rated.competencies[i] as number);
      const required = requiredLevel;
      if (required !== null && level < required)
        writer.rows.trainingNeeds.push({
          ...need,
          source: 'competency_gap',
          competencyId: competency.id,
          requiredLevel: required,
          ratedLevel: level,
          text: null,
          createdAt: finalisedAt,
        });
    });
    if (trainingNeeds)
      writer.rows.trainingNeeds.push({
        ...need,
        source: 'appraisal',
        competencyId: null,
        requiredLevel: null,
        ratedLevel: null,
        text: trainingNeeds,
        createdAt: finalisedAt,
      });
  }
  return row;
}

/**
 * A few officials appeal within the window; one in three gets the next better grade, the others'
 * is upheld. Answers the last day an appeal was decided.
 */
function addAppeals(ctx: Context, rows: Row[], yesterday: string): string {
  const { bands, random, texts } = ctx;
  const best = bands[bands.length - 1]?.grade;
  const window = ctx.office.rules.appealDays;
  let last = '';
  for (const row of shuffled(
    rows.filter((r) => r.grade !== best),
    random,
  ).slice(0, intBetween(2, 4, random))) {
    const filed = addDays(row.decisionDate as string, intBetween(1, Math.max(1, window - 1), random));
    const changed = chance(1 / 3, random);
    const outcome = changed ? 'grade_changed' : 'upheld';
    const standing = bands.findIndex((b) => b.grade === row.ratedGrade);
    const appealGrade = changed ? (bands[standing + 1]?.grade ?? null) : null;
    const answered = addDays(filed, intBetween(5, 20, random));
    const day = earlier(answered, yesterday);
    last = later(last, day);
    const decidedAt = atWork(day, random);
    Object.assign(row, {
      status: 'closed',
      appealReason: pickFrom(texts.appealReasons, random),
      appealedAt: atWork(filed, random),
      appealOutcome: outcome,
      appealGrade,
      appealNote: pickFrom(texts.appealNotes[outcome], random),
      appealDecidedAt: decidedAt,
      grade: appealGrade ?? row.ratedGrade,
      updatedAt: decidedAt,
    } satisfies Partial<Row>);
  }
  return last;
}

/**
 * An extraordinary appraisal for each decision whose grade called for one, in the same cycle as
 * the service opens it, due `extraordinaryDays` after the decision: finalised (numbered on after
 * `sequence`) if that has passed. Answers whether all are finalised.
 */
function addExtraordinary(
  ctx: Context,
  decided: ReadonlyArray<{ official: Official; row: Row }>,
  plan: { cycle: Plan['cycle']; sequence: number; today: string },
): boolean {
  const { office, bands, random } = ctx;
  const { rules } = office;
  const triggering = new Set(
    rules.grades.filter((g) => g.triggers.includes('extraordinary_appraisal')).map((g) => g.value),
  );
  let sequence = plan.sequence;
  let allDone = true;
  for (const { official, row } of decided) {
    if (!triggering.has(row.ratedGrade as number)) continue;
    const decisionDay = row.decisionDate as string;
    const start = addDays(decisionDay, 1);
    const finalDue = addDays(decisionDay, rules.extraordinaryDays);
    const schedule = {
      start,
      goalsDue: addDays(start, 14),
      interimDue: addDays(start, Math.floor(rules.extraordinaryDays / 2)),
      finalDue,
      end: addDays(plan.today, -1),
    };
    const done = finalDue < addDays(plan.today, -10);
    allDone &&= done;
    addAppraisal(ctx, official, {
      cycle: plan.cycle,
      stage: done ? 'finalised' : schedule.interimDue < plan.today ? 'interim' : 'active',
      schedule,
      // Not the worst again: the extraordinary appraisal is a second chance most take.
      band: 1 + weighted(gradeSpread(bands.length - 1), random),
      extraordinaryOf: row.id as string,
      // Decided a week or so after the deadline, once the official has signed.
      ...(done
        ? { decision: { day: addDays(finalDue, intBetween(7, 10, random)), sequence: ++sequence } }
        : {}),
    });
  }
  return allDone;
}

/**
 * A past year: everyone eligible rated and decided the next January, a few appeals, the
 * extraordinary appraisals the worst grade called for; closed once all of that is over.
 */
function addPastYear(ctx: Context, year: number, today: string): void {
  const { office, bands, random, writer } = ctx;
  const { rules } = office;
  const yesterday = addDays(today, -1);
  const cycle = { id: randomUUID(), year, openedAt: atWork(`${year}-01-05`, random) };
  const schedule: Schedule = {
    start: `${year}-01-08`,
    ...cycleDates(rules, year),
    end: earlier(`${year + 1}-01-07`, yesterday),
  };
  const spread = gradeSpread(bands.length);
  const decided = officialsOf(office, year, `${year}-12-31`)
    .map((official) => ({
      official,
      day: dayBetween(`${year + 1}-01-08`, earlier(`${year + 1}-01-29`, yesterday), random),
    }))
    .sort((a, b) => a.day.localeCompare(b.day))
    .map(({ official, day }, i) => ({
      official,
      row: addAppraisal(ctx, official, {
        cycle,
        stage: 'finalised',
        schedule,
        band: weighted(spread, random),
        decision: { day, sequence: i + 1 },
      }),
    }));
  const rows = decided.map((d) => d.row);
  const appealsDecided = addAppeals(ctx, rows, yesterday);
  const allDone = addExtraordinary(ctx, decided, { cycle, sequence: rows.length, today });
  // Closed once every appeal window has run out and every appeal and extraordinary appraisal is decided.
  const settled = writer.rows.appraisals
    .filter((a) => a.cycleId === cycle.id)
    .reduce((last, a) => later(last, a.appealDeadline ?? last), appealsDecided);
  writer.rows.cycles.push({
    id: cycle.id,
    organisationId: office.organisationId,
    year,
    status: allDone ? 'closed' : 'open',
    ...cycleDates(rules, year),
    rules,
    openedAt: cycle.openedAt,
    closedAt: allDone ? atWork(earlier(addDays(settled, intBetween(1, 5, random)), yesterday), random) : null,
  });
}

/**
 * This year: every eligible official at a step drawn from `currentSpread`, the journeys'
 * accounts at theirs.
 */
function addThisYear(ctx: Context, year: number, today: string): void {
  const { office, bands, random, writer } = ctx;
  const { rules } = office;
  const cycle = { id: randomUUID(), year, openedAt: atWork(`${year}-01-05`, random) };
  const dates = cycleDates(rules, year);
  writer.rows.cycles.push({
    id: cycle.id,
    organisationId: office.organisationId,
    year,
    status: 'open',
    ...dates,
    rules,
    openedAt: cycle.openedAt,
    closedAt: null,
  });
  const spread = gradeSpread(bands.length);
  for (const official of officialsOf(office, year, today))
    addAppraisal(ctx, official, {
      cycle,
      stage: pinnedSteps.get(official.email ?? '') ?? weighted(currentSpread, random),
      schedule: { start: `${year}-01-08`, ...dates, end: addDays(today, -1) },
      band: weighted(spread, random),
    });
}

/**
 * The demo's appraisals in `demoAppraisalSlugs`, read from the staff already written: the two
 * past years' cycles and this year's open one, with goals in the country's language, the framework's
 * competencies for each person's group, scores and grades by the country's rules, register
 * numbers, appeals and training needs. Deterministic per municipality; dates relative to `today`.
 */
/**
 * The demo acts require the country's behavioural (RS) or core (BG) competencies of each job's
 * group, at level 3 (4 for senior positions), as an HR officer would set them in the act, so the
 * appraisals find competency gaps as the service does.
 */
async function requireFramework(tx: Tx, country: SeedCountry, organisationId: string) {
  const framework = await competenciesRepo.list(tx, country, organisationId, false);
  for (const [category, group, level] of [
    ['official', 'executive', 3],
    ['senior', 'senior', 4],
  ] as const) {
    const required = framework
      .filter((c) => (c.kind === 'behavioural' || c.kind === 'core') && c.groups.includes(group))
      .map((c) => ({ competencyId: c.id, level }));
    await tx
      .update(positions)
      .set({ requiredCompetencies: required })
      .where(and(eq(positions.organisationId, organisationId), eq(positions.category, category)));
  }
}

export async function seedDemoAppraisals(
  tx: Tx,
  municipalities: ReadonlyArray<{ slug: string; country: SeedCountry; organisationId: string }>,
  today: string,
): Promise<AppraisalWriter['written']> {
  const writer = createAppraisalWriter();
  const year = Number(today.slice(0, 4));
  for (const m of municipalities.filter((x) => demoAppraisalSlugs.includes(x.slug))) {
    await requireFramework(tx, m.country, m.organisationId);
    const [office] = (await loadAppraisalOffices(tx, m.country, [m.organisationId])) as [AppraisalOffice];
    const ctx: Context = {
      office,
      texts: appraisalTexts[m.country],
      bands: bandsByMerit(office.rules),
      writer,
      random: seededRandom(seedOf(`${m.slug}:appraisals`)),
    };
    // Two past years, so repeated top grades make promotion candidates.
    for (const past of [year - 2, year - 1]) addPastYear(ctx, past, today);
    addThisYear(ctx, year, today);
  }
  await writer.flush(tx);
  return writer.written;
}
