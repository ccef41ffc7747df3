import { z } from 'zod';
import type { Locale } from './access';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';
import { requiredCompetencySchema } from './competencies';
import { nationalIdSchemes } from './national-id';
import { latinText, packName } from './pack-text';

/** The kinds of job the laws distinguish; the country pack names them and lists the titles of each. */
export const positionCategories = ['senior', 'official', 'support'] as const;
export const positionCategorySchema = z.enum(positionCategories);
export type PositionCategory = z.infer<typeof positionCategorySchema>;

export const educationLevels = [
  'primary',
  'secondary',
  'post_secondary',
  'bachelor',
  'master',
  'doctorate',
] as const;
export const educationLevelSchema = z.enum(educationLevels);
export type EducationLevel = z.infer<typeof educationLevelSchema>;

export const systematisationStatuses = ['draft', 'adopted', 'superseded'] as const;
export const systematisationStatusSchema = z.enum(systematisationStatuses);

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const systematisationSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  number: z.string().describe('Number of the act (rulebook) in the municipality register'),
  actDate: dateSchema.nullable(),
  validFrom: dateSchema.nullable(),
  status: systematisationStatusSchema,
  notes: z.string().nullable(),
  positions: z.number().int(),
  executors: z.number().int(),
  adoptedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Systematisation = z.infer<typeof systematisationSchema>;
export const systematisationListSchema = z.object({ items: z.array(systematisationSchema) });
export const systematisationListQuery = z.object({ organisationId: idSchema }).strict();

export const systematisationCreateSchema = z
  .object({
    organisationId: idSchema,
    number: text(60),
    actDate: dateSchema.nullable().default(null),
    validFrom: dateSchema.nullable().default(null),
    notes: optionalText(2000).default(null),
    copyFrom: idSchema.nullable().default(null).describe('A version whose positions the draft starts from'),
  })
  .strict();
export type SystematisationCreate = z.infer<typeof systematisationCreateSchema>;

export const systematisationUpdateSchema = z
  .object({
    number: text(60),
    actDate: dateSchema.nullable(),
    validFrom: dateSchema.nullable(),
    notes: optionalText(2000),
  })
  .partial()
  .strict();
export type SystematisationUpdate = z.infer<typeof systematisationUpdateSchema>;

export const systematisationAdoptSchema = z.object({ actDate: dateSchema, validFrom: dateSchema }).strict();
export type SystematisationAdopt = z.infer<typeof systematisationAdoptSchema>;

export const positionSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  systematisationId: idSchema,
  orgUnitId: idSchema,
  code: z.string().nullable().describe('Ordinal number of the job in the act'),
  name: z.string(),
  nameLatin: z.string(),
  category: positionCategorySchema,
  titleCode: z.string().describe("A title of the country pack's people.titles"),
  executors: z.number().int(),
  occupied: z.number().int(),
  description: z.string().nullable(),
  requiredEducation: educationLevelSchema.nullable(),
  requiredCompetencies: z.array(requiredCompetencySchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Position = z.infer<typeof positionSchema>;
export const positionPageSchema = page(positionSchema);

export const positionListQuery = listQuery
  .extend({
    systematisationId: idSchema,
    orgUnitId: idSchema.optional(),
    category: positionCategorySchema.optional(),
  })
  .strict();
export type PositionListQuery = z.infer<typeof positionListQuery>;

const positionFields = {
  orgUnitId: idSchema,
  code: optionalText(20),
  name: text(300),
  nameLatin: text(300),
  category: positionCategorySchema,
  titleCode: text(60),
  executors: z.number().int().min(1).max(999),
  description: optionalText(10_000),
  requiredEducation: educationLevelSchema.nullable(),
  requiredCompetencies: z
    .array(requiredCompetencySchema)
    .max(40)
    .refine((list) => new Set(list.map((c) => c.competencyId)).size === list.length, 'duplicate competency'),
};

export const positionCreateSchema = z
  .object({
    ...positionFields,
    systematisationId: idSchema,
    code: positionFields.code.default(null),
    nameLatin: positionFields.nameLatin
      .optional()
      .describe('Derived from a Serbian Cyrillic name when omitted'),
    executors: positionFields.executors.default(1),
    description: positionFields.description.default(null),
    requiredEducation: positionFields.requiredEducation.default(null),
    requiredCompetencies: positionFields.requiredCompetencies.default([]),
  })
  .strict();
export type PositionCreate = z.infer<typeof positionCreateSchema>;

export const positionUpdateSchema = z.object(positionFields).partial().strict();
export type PositionUpdate = z.infer<typeof positionUpdateSchema>;

export const staffingRowSchema = z.object({
  orgUnitId: idSchema,
  positions: z.number().int(),
  executors: z.number().int(),
  occupied: z.number().int(),
});
export const staffingReportSchema = z.object({
  items: z.array(staffingRowSchema),
  total: staffingRowSchema.omit({ orgUnitId: true }),
  /** People still employed on a position of an older version of the act: they await reassignment. */
  onSupersededPositions: z.number().int(),
});
export type StaffingReport = z.infer<typeof staffingReportSchema>;

/** The people rules of a country pack (`people` in server/packs/<code>/pack.json). */
export const peoplePackSchema = z.object({
  nationalId: z.object({ scheme: z.enum(nationalIdSchemes), ...packName }),
  categories: z.array(z.object({ code: positionCategorySchema, ...packName })),
  titles: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z0-9_]+$/),
        category: positionCategorySchema,
        ...packName,
        nameEn: latinText,
      }),
    )
    .min(1),
});
export type PeoplePack = z.infer<typeof peoplePackSchema>;

/** The name of a pack entry as a reader of `locale` reads it. */
export function packLabel(
  entry: { name: string; nameLatin: string; nameEn?: string },
  locale: Locale,
): string {
  if (locale === 'en') return entry.nameEn ?? entry.nameLatin;
  return locale === 'sr-Latn' ? entry.nameLatin : entry.name;
}
