import { z } from 'zod';
import { dateSchema, idSchema } from './common';
import { orgUnitSchema } from './organisations';

/** What a headcount can be broken down by. `organisation` makes sense for a whole country. */
export const headcountDimensions = [
  'organisation',
  'unit',
  'title',
  'category',
  'gender',
  'ageBand',
  'education',
  'contractType',
] as const;
export const headcountDimensionSchema = z.enum(headcountDimensions);
export type HeadcountDimension = z.infer<typeof headcountDimensionSchema>;

/** Completed years on the day of the report; people under 18 count in the first band. */
export const ageBands = ['18-29', '30-39', '40-49', '50-59', '60+'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The key of people whose value is not recorded (no birth date, no education, no unit…). */
export const unknownKey = 'unknown';

/** Cells counting fewer people than this are hidden from readers who may not see the files. */
export const suppressionThreshold = 5;

const reportScope = {
  organisationId: idSchema
    .optional()
    .describe('A municipality, or a national body for its whole country; omitted: the whole country'),
  country: z
    .string()
    .length(2)
    .optional()
    .describe('The country of a country-wide report, when the reader reaches more than one'),
};

export const headcountQuery = z.object({ ...reportScope, by: headcountDimensionSchema }).strict();
export type HeadcountQuery = z.infer<typeof headcountQuery>;

const year = z.coerce.number().int().min(1900).max(2100);
export const movementsQuery = z
  .object({
    ...reportScope,
    from: year.optional().describe('First year (default: nine years before `to`)'),
    to: year.optional().describe('Last year (default: this year)'),
  })
  .strict();
export type MovementsQuery = z.infer<typeof movementsQuery>;

export const reportRowSchema = z.object({
  key: z.string().describe(`A unit id, title code, category, age band, year… or "${unknownKey}"`),
  label: z.string().optional().describe('The name, when the web cannot know it (organisations)'),
  count: z.number().int().nullable().describe('null when suppressed'),
  suppressed: z.boolean(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportTotalSchema = reportRowSchema.pick({ count: true, suppressed: true });
export type ReportTotal = z.infer<typeof reportTotalSchema>;

export const reportSeriesSchema = z.object({ rows: z.array(reportRowSchema), total: reportTotalSchema });
export type ReportSeries = z.infer<typeof reportSeriesSchema>;

const reportFrame = {
  scope: z.enum(['organisation', 'country']),
  organisationId: idSchema.nullable().describe('null for a country-wide report'),
  countryCode: z.string(),
  suppressionThreshold: z
    .number()
    .int()
    .nullable()
    .describe('Cells below it are suppressed; null when the reader sees exact figures'),
};

export const headcountReportSchema = z.object({
  ...reportFrame,
  by: headcountDimensionSchema,
  asOf: dateSchema,
  ...reportSeriesSchema.shape,
  units: z.array(orgUnitSchema).describe('The unit tree, in tree order, when `by` is `unit`'),
});
export type HeadcountReport = z.infer<typeof headcountReportSchema>;

export const movementsReportSchema = z.object({
  ...reportFrame,
  from: z.number().int(),
  to: z.number().int(),
  joiners: reportSeriesSchema.describe('People by the year of their first hire'),
  leavers: reportSeriesSchema.describe('People by the year they left'),
});
export type MovementsReport = z.infer<typeof movementsReportSchema>;
