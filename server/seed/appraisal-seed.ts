import { type AppraisalRules, appraisalScore, gradeForScore } from '../../contracts/appraisal-rules';
import { insertInChunks } from '../db/bulk-write';
import type { Tx } from '../db/client';
import {
  appraisalCompetencies,
  appraisalCycles,
  appraisalGoals,
  appraisals,
  trainingNeeds,
} from '../modules/appraisals/appraisals.tables';
import { chance, intBetween, type Random } from './seed-random';
import { staffChunkSize } from './staff-writer';

/** A score band as the seeds aim at it: the scores it spans on the rating scale and its grade. */
export type Band = { from: number; to: number; grade: number };

/**
 * The rules' bands from the worst grade to the best, each clipped to the scores the rating scale
 * reaches (a band below the lowest rating cannot be hit).
 */
export function bandsByMerit(rules: AppraisalRules): Band[] {
  const values = rules.ratings.map((r) => r.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const sorted = [...rules.bands].sort((a, b) => a.minScore - b.minScore);
  const bands = sorted
    .map((b, i) => ({
      from: Math.max(b.minScore, low),
      to: Math.min(sorted[i + 1]?.minScore ?? high, high),
      grade: b.grade,
      last: i === sorted.length - 1,
    }))
    .filter((b) => b.from < b.to || (b.last && b.from === b.to))
    .map(({ from, to, grade }) => ({ from, to, grade }));
  return rules.higherIsBetter ? bands : bands.reverse();
}

/**
 * How likely each band is, worst first, as appraisals tend to run: a few of the worst,
 * most in the upper middle. `lift` (0 to 1) moves the peak to the top and thins the rest, as a
 * lenient rater does.
 */
export function gradeSpread(bands: number, lift = 0): Array<readonly [number, number]> {
  const peak = 0.72 + 0.28 * lift;
  return Array.from({ length: bands }, (_, i) => {
    const x = bands > 1 ? i / (bands - 1) : 1;
    // Every band a floor (the worst only that), the others a bell around the peak.
    const floor = (i === 0 ? 3 : 6) * (1 - lift);
    const bell = i === 0 ? 0 : 34 * Math.exp(-((x - peak) ** 2) / 0.08);
    return [i, floor + bell] as const;
  });
}

/** A value of the (sorted) scale near `x`: the neighbour above as likely as `x` is close to it. */
function ratingNear(sorted: readonly number[], x: number, random: Random): number {
  const low = sorted[0] as number;
  const high = sorted[sorted.length - 1] as number;
  const target = Math.min(high, Math.max(low, x));
  const above = sorted.findIndex((v) => v >= target);
  const hi = sorted[above] as number;
  const lo = sorted[Math.max(0, above - 1)] as number;
  if (hi === lo || hi === target) return hi;
  return random() < (target - lo) / (hi - lo) ? hi : lo;
}

type Rated = { goals: number[]; competencies: number[]; score: number; grade: number };

/**
 * Ratings of goals with `goalWeights` and of `competencies` competencies whose score lands in
 * `band` (as far as a few draws get there), with the score and grade the rules give them.
 */
export function rateInto(
  rules: AppraisalRules,
  band: Band,
  goalWeights: readonly number[],
  competencies: number,
  random: Random,
): Rated {
  const scale = rules.ratings.map((r) => r.value).sort((a, b) => a - b);
  const step = ((scale[scale.length - 1] as number) - (scale[0] as number)) / (scale.length - 1);
  let rated: Rated | undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    const target = band.from + random() * (band.to - band.from);
    // Most items sit near the target, some a step either side: nobody is rated all the same.
    const draw = () =>
      ratingNear(scale, target + (chance(0.3, random) ? (random() < 0.5 ? -step : step) : 0), random);
    const goals = goalWeights.map(draw);
    const ratedCompetencies = Array.from({ length: competencies }, draw);
    const score = appraisalScore(
      rules,
      goalWeights.map((weight, i) => ({ weight, rating: goals[i] as number })),
      ratedCompetencies.map((rating) => ({ rating })),
    );
    rated = { goals, competencies: ratedCompetencies, score, grade: gradeForScore(rules, score) };
    if (rated.grade === band.grade) break;
  }
  return rated as Rated;
}

/** Goal weights in fives that add up to 100, none under 10. */
export function goalWeights(count: number, random: Random): number[] {
  const weights = Array.from({ length: count }, () => 10);
  for (let left = (100 - 10 * count) / 5; left > 0; left--) {
    const i = intBetween(0, count - 1, random);
    weights[i] = (weights[i] as number) + 5;
  }
  return weights;
}

/** A moment of `day` in office hours (UTC). */
export function atWork(day: string, random: Random): Date {
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${day}T${pad(intBetween(7, 14, random))}:${pad(intBetween(0, 59, random))}:00Z`);
}

/**
 * The rows of appraisal cycles, appraisals, their goals and competencies and training needs,
 * collected in memory and written with chunked JSON inserts in that order (after the staff they
 * reference). A seed may flush several times to bound memory.
 */
export function createAppraisalWriter() {
  const rows = {
    cycles: [] as Array<typeof appraisalCycles.$inferInsert>,
    appraisals: [] as Array<typeof appraisals.$inferInsert>,
    goals: [] as Array<typeof appraisalGoals.$inferInsert>,
    competencies: [] as Array<typeof appraisalCompetencies.$inferInsert>,
    trainingNeeds: [] as Array<typeof trainingNeeds.$inferInsert>,
  };
  const written = { cycles: 0, appraisals: 0, goals: 0, competencies: 0, trainingNeeds: 0 };
  return {
    rows,
    written,
    async flush(tx: Tx): Promise<void> {
      await insertInChunks(tx, appraisalCycles, rows.cycles, staffChunkSize);
      await insertInChunks(tx, appraisals, rows.appraisals, staffChunkSize);
      await insertInChunks(tx, appraisalGoals, rows.goals, staffChunkSize);
      await insertInChunks(tx, appraisalCompetencies, rows.competencies, staffChunkSize);
      await insertInChunks(tx, trainingNeeds, rows.trainingNeeds, staffChunkSize);
      for (const key of Object.keys(rows) as Array<keyof typeof rows>) {
        written[key] += rows[key].length;
        rows[key].length = 0;
      }
    },
  };
}

export type AppraisalWriter = ReturnType<typeof createAppraisalWriter>;
