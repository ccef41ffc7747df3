import { z } from 'zod';
import { appraisalGradeSchema } from './appraisal-rules';
import { appraisalYearSchema, cycleProgressSchema } from './appraisals';
import { dateSchema, idSchema } from './common';
import { headcountQuery, headcountReportSchema, reportTotalSchema } from './reports';

/** What a grade distribution is broken down by: departments (sections rolled up), municipalities, or nothing. */
export const distributionDimensions = ['unit', 'municipality', 'none'] as const;
export const distributionDimensionSchema = z.enum(distributionDimensions);
export type DistributionDimension = z.infer<typeof distributionDimensionSchema>;

/**
 * When a row's grades look skewed, so that HR looks at how that unit (or municipality) rates:
 * - its share of the top grades (those that count towards promotion) exceeds the whole's by more
 *   than `topShareMargin`: 20 percentage points is well beyond the swing one person makes in a unit
 *   of `minGraded`, yet small enough to catch a rater who gives nearly everyone the top grade;
 * - or every graded person has the same grade: a rater who does not tell people apart.
 * Both need `minGraded` people: below it a share moves by 20 points or more with one person and
 * identical grades happen by chance; it is also the suppression threshold, so a flag never speaks
 * of a group whose figures national readers may not see.
 */
export const skewRule = { topShareMargin: 0.2, minGraded: 5 } as const;

export const skewReasons = ['top_share', 'uniform'] as const;

const year = z.coerce.number().int().min(2000).max(2100);

export const distributionQuery = z
  .object({
    ...headcountQuery.pick({ organisationId: true, country: true }).shape,
    year: year.optional().describe("Default: the newest year with decided grades, else the newest cycle's"),
    by: distributionDimensionSchema.default('none'),
    compareYears: z.coerce
      .number()
      .int()
      .min(0)
      .max(10)
      .default(4)
      .describe('How many years before `year` to total for comparison (none before the first cycle)'),
  })
  .strict();
export type DistributionQuery = z.infer<typeof distributionQuery>;

/** One grade's figure in a row: the count (null when suppressed) and its share of the row. */
export const gradeCellSchema = reportTotalSchema.extend({
  grade: z.number().int(),
  share: z.number().nullable().describe("Of the row's graded people, 0 to 1; null when not published"),
});
export type GradeCell = z.infer<typeof gradeCellSchema>;

export const distributionRowSchema = z.object({
  key: z
    .string()
    .describe('A unit id (first or second level), an organisation id, "unknown" (no unit) or "total"'),
  label: z.string().describe("The name in the reader's language"),
  cells: z.array(gradeCellSchema).describe('One per grade, in the order of `grades`'),
  total: reportTotalSchema,
  topShare: z.number().nullable().describe('Share of the top grades; null when not published'),
  skewed: z.boolean(),
  skewReason: z.enum(skewReasons).nullable(),
});
export type DistributionRow = z.infer<typeof distributionRowSchema>;

export const yearTotalsSchema = z.object({
  year: appraisalYearSchema,
  cells: z.array(gradeCellSchema),
  total: reportTotalSchema,
});
export type YearTotals = z.infer<typeof yearTotalsSchema>;

export const reportGradeSchema = appraisalGradeSchema.pick({
  value: true,
  code: true,
  name: true,
  nameLatin: true,
  nameEn: true,
  triggers: true,
});
export type ReportGrade = z.infer<typeof reportGradeSchema>;

export const distributionSchema = z.object({
  ...headcountReportSchema.pick({
    scope: true,
    organisationId: true,
    countryCode: true,
    suppressionThreshold: true,
  }).shape,
  year: appraisalYearSchema,
  by: distributionDimensionSchema,
  years: z.array(appraisalYearSchema).describe('Years with an appraisal cycle, newest first'),
  cycleId: idSchema.nullable().describe("The municipality's cycle of the year (for its completion status)"),
  grades: z
    .array(reportGradeSchema)
    .describe("The year's cycle rules (a country-wide view: the country's rules), in the law's order"),
  topGrades: z.array(z.number().int()).describe('The grades that count towards promotion'),
  rows: z.array(distributionRowSchema).describe('Empty when `by` is `none`'),
  total: distributionRowSchema,
  compareYears: z.array(yearTotalsSchema).describe('Totals of the years before, oldest first'),
});
export type Distribution = z.infer<typeof distributionSchema>;

export const completionQuery = z.object({ cycleId: idSchema }).strict();
export type CompletionQuery = z.infer<typeof completionQuery>;

export const completionRowSchema = cycleProgressSchema.extend({
  key: z.string().describe('A unit id (first or second level), or "unknown" (no unit)'),
  label: z.string(),
});
export type CompletionRow = z.infer<typeof completionRowSchema>;

export const completionSchema = z.object({
  cycleId: idSchema,
  organisationId: idSchema,
  year: appraisalYearSchema,
  asOf: dateSchema,
  rows: z.array(completionRowSchema),
  total: cycleProgressSchema,
});
export type Completion = z.infer<typeof completionSchema>;
