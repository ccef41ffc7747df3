import { z } from 'zod';
import { localTextSchema } from './competencies';
import { positionCategorySchema } from './positions';

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, 'MM-DD');

/** What finalising with a grade sets in motion. */
export const gradeTriggers = ['extraordinary_appraisal'] as const;

export const appraisalGradeSchema = localTextSchema.extend({
  value: z.number().int().min(0).max(10),
  code: z.string().regex(/^[a-z0-9_]+$/),
  triggers: z.array(z.enum(gradeTriggers)),
});
export type AppraisalGrade = z.infer<typeof appraisalGradeSchema>;

/**
 * A country's appraisal rules (`appraisal` of pack.json), stored with the country so a national
 * administrator can adjust them without a release. A cycle copies them when it opens, so a later
 * change never rewrites a year already under way.
 */
export const appraisalRulesSchema = z
  .object({
    /** The legal basis, shown on forms and the decision. */
    basis: localTextSchema,
    /** The kinds of job whose holders are appraised under these rules (RS/BG: not support staff). */
    categories: z.array(positionCategorySchema).min(1),
    /** Whether a higher rating value is better (RS 5 best) or worse (BG 1 best). */
    higherIsBetter: z.boolean(),
    /** Each goal and competency is rated on this scale (value and label). */
    ratings: z.array(localTextSchema.extend({ value: z.number().int().min(0).max(10) })).min(2),
    /** The grades of the final appraisal, in the order the law lists them. */
    grades: z.array(appraisalGradeSchema).min(2),
    /**
     * The score (weighted mean of the goal and competency ratings) gives the grade of the band
     * with the highest `minScore` not above it.
     */
    bands: z.array(z.object({ minScore: z.number(), grade: z.number().int() })).min(2),
    weights: z.object({ goals: z.number().min(0).max(1), competencies: z.number().min(0).max(1) }),
    /** Officials who worked fewer months in the year are not appraised. */
    minMonthsWorked: z.number().int().min(0).max(12),
    /** When each step is due within the year. */
    deadlines: z.object({ goals: monthDay, interim: monthDay, final: monthDay }),
    /** Days after the decision in which the official may appeal or object. */
    appealDays: z.number().int().min(1).max(90),
    /** Days after a triggering decision within which the extraordinary appraisal is due. */
    extraordinaryDays: z.number().int().min(1).max(365),
    /** Promotion is proposed after `times` grades among `grades` within the last `withinYears`. */
    promotion: z.object({
      grades: z.array(z.number().int()).min(1),
      times: z.number().int().min(1).max(10),
      withinYears: z.number().int().min(1).max(10),
    }),
    /** Decisions are numbered `<prefix>-<sequence>/<year>` in the municipality's register. */
    registerPrefix: z.string().trim().min(1).max(30),
    /** Whether the goals are called an individual work plan (BG) on forms. */
    workPlan: z.boolean(),
  })
  .strict()
  .superRefine((rules, ctx) => {
    const values = new Set(rules.grades.map((g) => g.value));
    if (values.size !== rules.grades.length)
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'duplicate grade value' });
    rules.bands.forEach((band, i) => {
      if (!values.has(band.grade))
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'grade'], message: 'unknown grade' });
    });
    for (const [i, grade] of rules.promotion.grades.entries())
      if (!values.has(grade))
        ctx.addIssue({ code: 'custom', path: ['promotion', 'grades', i], message: 'unknown grade' });
    if (Math.abs(rules.weights.goals + rules.weights.competencies - 1) > 1e-9)
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'weights must add up to 1' });
  });
export type AppraisalRules = z.infer<typeof appraisalRulesSchema>;

/** The grade a score earns under these rules (bands need not be sorted). */
export function gradeForScore(rules: Pick<AppraisalRules, 'bands'>, score: number): number {
  const bands = [...rules.bands].sort((a, b) => b.minScore - a.minScore);
  const band = bands.find((b) => score >= b.minScore) ?? bands[bands.length - 1];
  return (band as { grade: number }).grade;
}

/**
 * The score of a final rating: the weight-weighted mean of the goal ratings and the plain mean of
 * the competency ratings, combined by the rules' weights (goals alone when no competency is rated),
 * to two decimals.
 */
export function appraisalScore(
  rules: Pick<AppraisalRules, 'weights'>,
  goals: ReadonlyArray<{ weight: number; rating: number }>,
  competencies: ReadonlyArray<{ rating: number }>,
): number {
  const totalWeight = goals.reduce((sum, g) => sum + g.weight, 0);
  const goalScore = goals.reduce((sum, g) => sum + g.weight * g.rating, 0) / totalWeight;
  if (!competencies.length) return round2(goalScore);
  const competencyScore = competencies.reduce((sum, c) => sum + c.rating, 0) / competencies.length;
  return round2(rules.weights.goals * goalScore + rules.weights.competencies * competencyScore);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A rating read as a proficiency level (1 lowest), whichever way the country's scale runs. */
export function ratingAsLevel(
  rules: Pick<AppraisalRules, 'ratings' | 'higherIsBetter'>,
  rating: number,
): number {
  if (rules.higherIsBetter) return rating;
  const values = rules.ratings.map((r) => r.value);
  return Math.min(...values) + Math.max(...values) - rating;
}

/** `<prefix>-<sequence>/<year>`, as decisions are numbered in the municipality's register. */
export const registerNumberOf = (
  rules: Pick<AppraisalRules, 'registerPrefix'>,
  sequence: number,
  year: number,
) => `${rules.registerPrefix}-${sequence}/${year}`;
