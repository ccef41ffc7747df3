import { z } from 'zod';
import { idSchema, timestamp } from './common';
import { latinText, packName } from './pack-text';

/**
 * The kinds of competency the frameworks distinguish: RS behavioural and general functional
 * competencies are set by decree for the whole country, special functional ones by each
 * municipality per field of work; BG "core" competencies are those of the appraisal ordinance.
 */
export const competencyKinds = ['behavioural', 'general_functional', 'special_functional', 'core'] as const;
export const competencyKindSchema = z.enum(competencyKinds);
export type CompetencyKind = z.infer<typeof competencyKindSchema>;

/** Whose indicators apply: executive jobs, heads of units, senior positions. */
export const competencyGroups = ['executive', 'manager', 'senior'] as const;
export const competencyGroupSchema = z.enum(competencyGroups);
export type CompetencyGroup = z.infer<typeof competencyGroupSchema>;

/** A text written in the country's language, its Latin form and English. */
export const localTextSchema = z.object({
  ...packName,
  name: z.string().trim().min(1).max(600),
  nameEn: latinText.pipe(z.string().max(600)),
});
export type LocalText = z.infer<typeof localTextSchema>;

const localTextInput = localTextSchema.extend({
  nameLatin: localTextSchema.shape.nameLatin.optional().describe('Derived from Cyrillic when omitted'),
});

export const competencyIndicatorSchema = localTextSchema.extend({ group: competencyGroupSchema });
export type CompetencyIndicator = z.infer<typeof competencyIndicatorSchema>;

/** A proficiency level (1 = basic) with what it looks like in practice. */
export const competencyLevelSchema = localTextSchema.extend({ level: z.number().int().min(1).max(5) });

/** The framework entry as shipped in a country pack (`competencies` of pack.json). */
export const packCompetencySchema = localTextSchema.extend({
  code: z.string().regex(/^[a-z0-9_]+$/),
  kind: competencyKindSchema,
  groups: z.array(competencyGroupSchema).min(1),
  indicators: z.array(competencyIndicatorSchema),
  levels: z.array(competencyLevelSchema),
});
export type PackCompetency = z.infer<typeof packCompetencySchema>;

export const competencySchema = packCompetencySchema.extend({
  id: idSchema,
  countryCode: z.string(),
  organisationId: idSchema.nullable().describe('Null for the country framework'),
  field: z.string().nullable().describe('Field of work of a special functional competency'),
  active: z.boolean(),
  sortOrder: z.number().int(),
  updatedAt: timestamp,
});
export type Competency = z.infer<typeof competencySchema>;

export const competencyListSchema = z.object({ items: z.array(competencySchema) });
export const competencyListQuery = z
  .object({
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    organisationId: idSchema.optional().describe("Adds this municipality's special functional competencies"),
    includeInactive: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type CompetencyListQuery = z.infer<typeof competencyListQuery>;

const indicatorInput = localTextInput.extend({ group: competencyGroupSchema });
const levelInput = localTextInput.extend({ level: z.number().int().min(1).max(5) });

const competencyFields = {
  ...localTextInput.shape,
  groups: z.array(competencyGroupSchema).min(1).max(3),
  indicators: z.array(indicatorInput).max(40),
  levels: z
    .array(levelInput)
    .max(5)
    .refine((ls) => new Set(ls.map((l) => l.level)).size === ls.length, 'duplicate level'),
  field: z.string().trim().min(1).max(200).nullable(),
  active: z.boolean(),
};

/**
 * A municipality defines a special functional competency for one of its fields of work; a national
 * administrator adds to the country framework (no organisationId).
 */
export const competencyCreateSchema = z
  .object({
    ...competencyFields,
    countryCode: z.string().regex(/^[A-Z]{2}$/),
    organisationId: idSchema.nullable().default(null),
    code: z.string().regex(/^[a-z0-9_]{2,40}$/),
    kind: competencyKindSchema,
    indicators: competencyFields.indicators.default([]),
    levels: competencyFields.levels.default([]),
    field: competencyFields.field.default(null),
    active: z.boolean().default(true),
  })
  .strict();
export type CompetencyCreate = z.infer<typeof competencyCreateSchema>;

export const competencyUpdateSchema = z.object(competencyFields).partial().strict();
export type CompetencyUpdate = z.infer<typeof competencyUpdateSchema>;

/** A competency a job requires, at a proficiency level. */
export const requiredCompetencySchema = z.object({
  competencyId: idSchema,
  level: z.number().int().min(1).max(5),
});
export type RequiredCompetency = z.infer<typeof requiredCompetencySchema>;
