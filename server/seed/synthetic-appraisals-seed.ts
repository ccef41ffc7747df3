import { randomUUID } from 'node:crypto';
import { registerNumberOf } from '../../contracts/appraisal-rules';
import type { Tx } from '../db/client';
import { cycleDates } from '../modules/appraisals/appraisal-opening';
import { type AppraisalOffice, loadAppraisalOffices, officialsOf } from './appraisal-office';
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
import { addDays, dayBetween } from './seed-dates';
import { intBetween, weighted } from './seed-random';
import type { SyntheticWorld } from './synthetic-seed';

/** Closed appraisal years per municipality: the five before this one, as the grade distribution report compares. */
export const syntheticAppraisalYears = 5;
/** Municipalities read and written per round: bounds memory however large the country. */
const municipalitiesPerRound = 20;
/** One municipality in this many rates leniently, so the distribution report has skew to flag. */
const lenientEvery = 8;

/** One municipality's closed years: a cycle each, every official then eligible finalised in January. */
function addYears(
  world: SyntheticWorld,
  writer: AppraisalWriter,
  office: AppraisalOffice,
  { thisYear, lenient }: { thisYear: number; lenient: boolean },
): void {
  const { random } = world;
  const { rules, organisationId } = office;
  const bands = bandsByMerit(rules);
  const spread = gradeSpread(bands.length, lenient ? 0.8 : 0);
  for (let year = thisYear - syntheticAppraisalYears; year < thisYear; year++) {
    const cycleId = randomUUID();
    writer.rows.cycles.push({
      id: cycleId,
      organisationId,
      year,
      status: 'closed',
      ...cycleDates(rules, year),
      rules,
      openedAt: atWork(`${year}-01-05`, random),
      closedAt: atWork(`${year + 1}-02-16`, random),
    });
    const officials = officialsOf(office, year, `${year}-12-31`);
    officials.forEach((official, k) => {
      const rated = rateInto(
        rules,
        bands[weighted(spread, random)] as Band,
        goalWeights(intBetween(3, 5, random), random),
        official.competencies.length,
        random,
      );
      // Decided from 8 to 29 January, numbered in that year's register in the order taken.
      const decisionDate = addDays(`${year + 1}-01-08`, Math.floor((k * 22) / officials.length));
      const finalisedAt = atWork(decisionDate, random);
      writer.rows.appraisals.push({
        organisationId,
        employeeId: official.employeeId,
        cycleId,
        year,
        kind: 'regular',
        orgUnitId: official.orgUnitId,
        positionId: official.positionId,
        category: official.category,
        titleCode: official.titleCode,
        group: official.group,
        raterUserId: official.raterUserId,
        status: 'finalised',
        dueOn: null,
        score: rated.score,
        ratedGrade: rated.grade,
        grade: rated.grade,
        ratedAt: atWork(dayBetween(`${year}-12-01`, `${year}-12-31`, random), random),
        finalisedAt,
        registerNumber: registerNumberOf(rules, k + 1, year + 1),
        registerSequence: k + 1,
        decisionDate,
        appealDeadline: addDays(decisionDate, rules.appealDays),
        createdAt: atWork(`${year}-01-05`, random),
        updatedAt: finalisedAt,
      });
    });
  }
}

/**
 * Every synthetic municipality's last five years, read back from the staff written and written
 * in rounds. Ratings are drawn as for the demo but not stored: no goal or competency rows, as the
 * reports read grades only. One municipality in eight rates leniently.
 */
export async function addAppraisals(
  world: SyntheticWorld,
  tx: Tx,
  { countryCode, today }: { countryCode: string; today: string },
): Promise<{ cycles: number; appraisals: number }> {
  const writer = createAppraisalWriter();
  const thisYear = Number(today.slice(0, 4));
  for (let first = 0; first < world.municipalities.length; first += municipalitiesPerRound) {
    const round = world.municipalities.slice(first, first + municipalitiesPerRound);
    const offices = await loadAppraisalOffices(
      tx,
      countryCode,
      round.map((m) => m.id),
    );
    for (const [i, m] of round.entries())
      addYears(world, writer, offices[i] as AppraisalOffice, { thisYear, lenient: m.n % lenientEvery === 0 });
    await writer.flush(tx);
  }
  return { cycles: writer.written.cycles, appraisals: writer.written.appraisals };
}
