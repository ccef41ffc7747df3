import { z } from 'zod';
import { idSchema, timestamp } from './common';
import { positionCategorySchema } from './positions';

/** draft → adopted (with the budget); an adopted plan is locked. */
export const hrPlanStatuses = ['draft', 'adopted'] as const;
export const hrPlanStatusSchema = z.enum(hrPlanStatuses);
export type HrPlanStatus = z.infer<typeof hrPlanStatusSchema>;

const count = z.number().int();
const planned = z.number().int().min(0).max(9999);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

/** The figures every line carries and the plan sums up. */
export const hrPlanFiguresSchema = z.object({
  positions: count.describe('Executors the act in force foresees for the title'),
  currentPermanent: count.describe('People employed now on a permanent contract'),
  currentFixedTerm: count.describe('People employed now on a fixed-term or trainee contract'),
  plannedPermanent: count,
  plannedFixedTerm: count,
  plannedTrainees: count,
});
export type HrPlanFigures = z.infer<typeof hrPlanFiguresSchema>;
/** The figure columns in the order tables and documents show them. */
export const hrPlanFigureFields = hrPlanFiguresSchema.keyof().options;

export const hrPlanLineSchema = hrPlanFiguresSchema.extend({
  id: idSchema,
  planId: idSchema,
  orgUnitId: idSchema.nullable(),
  category: positionCategorySchema,
  titleCode: z.string().describe("A title of the country pack's people.titles"),
  note: z.string().nullable(),
});
export type HrPlanLine = z.infer<typeof hrPlanLineSchema>;

export const hrPlanSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  year: z.number().int(),
  systematisationId: idSchema.nullable().describe('The act on systematisation the plan was generated from'),
  systematisationNumber: z.string().nullable(),
  status: hrPlanStatusSchema,
  actNumber: z.string().nullable().describe('Number of the act by which the plan was adopted'),
  notes: z.string().nullable(),
  totals: hrPlanFiguresSchema,
  adoptedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type HrPlan = z.infer<typeof hrPlanSchema>;

export const hrPlanDetailSchema = hrPlanSchema.extend({ lines: z.array(hrPlanLineSchema) });
export type HrPlanDetail = z.infer<typeof hrPlanDetailSchema>;

export const hrPlanListSchema = z.object({ items: z.array(hrPlanSchema) });
export const hrPlanListQuery = z.object({ organisationId: idSchema }).strict();

export const hrPlanYearSchema = z.number().int().min(2000).max(2100);

export const hrPlanCreateSchema = z
  .object({ organisationId: idSchema, year: hrPlanYearSchema })
  .strict()
  .describe('Generates a draft from the act in force and the current staffing');
export type HrPlanCreate = z.infer<typeof hrPlanCreateSchema>;

export const hrPlanUpdateSchema = z
  .object({ notes: optionalText(2000), actNumber: optionalText(60) })
  .partial()
  .strict();
export type HrPlanUpdate = z.infer<typeof hrPlanUpdateSchema>;

export const hrPlanLineUpdateSchema = z
  .object({
    plannedPermanent: planned,
    plannedFixedTerm: planned,
    plannedTrainees: planned,
    note: optionalText(500),
  })
  .partial()
  .strict();
export type HrPlanLineUpdate = z.infer<typeof hrPlanLineUpdateSchema>;

export const hrPlanLineParams = z.object({ id: idSchema, lineId: idSchema }).strict();

export const hrPlanAdoptSchema = z.object({ actNumber: z.string().trim().min(1).max(60) }).strict();
export type HrPlanAdopt = z.infer<typeof hrPlanAdoptSchema>;

/** Planned against hired in the plan's year (hire records by contract), and the headcount today. */
export const hrPlanActualFiguresSchema = z.object({
  plannedPermanent: count,
  plannedFixedTerm: count,
  plannedTrainees: count,
  hiredPermanent: count,
  hiredFixedTerm: count,
  hiredTrainees: count,
  headcount: count.describe('Active employees with this title today'),
});
export type HrPlanActualFigures = z.infer<typeof hrPlanActualFiguresSchema>;
export const hrPlanActualFields = hrPlanActualFiguresSchema.keyof().options;

export const hrPlanActualRowSchema = hrPlanActualFiguresSchema.extend({
  lineId: idSchema.nullable().describe('Null for a title hired or employed outside the plan'),
  category: positionCategorySchema,
  titleCode: z.string(),
});
export type HrPlanActualRow = z.infer<typeof hrPlanActualRowSchema>;

export const hrPlanActualSchema = z.object({
  planId: idSchema,
  year: z.number().int(),
  asOf: z.string().describe('The day the headcount was taken, YYYY-MM-DD'),
  items: z.array(hrPlanActualRowSchema),
  total: hrPlanActualFiguresSchema,
});
export type HrPlanActual = z.infer<typeof hrPlanActualSchema>;
