import { z } from 'zod';
import { localeSchema } from './access';
import { dateSchema, idSchema, listQuery, page, patchOf, timestamp } from './common';

/**
 * A municipality's good practice: drafted and submitted by its HR officer, moderated by the
 * country's association (sent back with a note, rejected, or judged and published), then public.
 */
export const practiceStatuses = ['draft', 'submitted', 'returned', 'published', 'rejected'] as const;
export const practiceStatusSchema = z.enum(practiceStatuses);
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;

export const practiceLinkSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(1000),
    label: z.string().trim().max(200).default(''),
    /** A video, photo gallery or press article about the practice, or any other link. */
    kind: z.enum(['video', 'photo', 'article', 'other']).default('other'),
  })
  .strict();
export type PracticeLink = z.infer<typeof practiceLinkSchema>;

const longText = z.string().trim().min(1).max(20000);

/** The texts in a second language, e.g. English for colleagues abroad. */
export const practiceTranslationSchema = z
  .object({
    locale: localeSchema,
    title: z.string().trim().min(5).max(300),
    summary: z.string().trim().min(1).max(2000),
    background: z.string().trim().max(20000).default(''),
    practice: z.string().trim().max(20000).default(''),
    results: z.string().trim().max(20000).default(''),
  })
  .strict();
export type PracticeTranslation = z.infer<typeof practiceTranslationSchema>;

/** The four criteria the association judges a practice on, each 1–5. */
export const practiceScoresSchema = z
  .object({
    innovation: z.number().int().min(1).max(5),
    impact: z.number().int().min(1).max(5),
    sustainability: z.number().int().min(1).max(5),
    transferability: z.number().int().min(1).max(5),
  })
  .strict();
export type PracticeScores = z.infer<typeof practiceScoresSchema>;

const practiceFields = {
  locale: localeSchema.describe('The language and script the texts are written in'),
  categoryCode: z.string().min(1).max(60).describe('A category of the country pack (`practices.categories`)'),
  title: z.string().trim().min(5).max(300),
  initiator: z.string().trim().min(2).max(300),
  partners: z.string().trim().max(2000).default(''),
  summary: z.string().trim().min(1).max(2000),
  background: longText,
  practice: longText.describe('The practice step by step'),
  results: longText,
  periodFrom: dateSchema,
  periodTo: dateSchema.nullable().default(null),
  links: z.array(practiceLinkSchema).max(20).default([]),
  contactName: z.string().trim().min(2).max(200),
  contactEmail: z.email().max(320),
  contactPhone: z.string().trim().max(60).default(''),
  translation: practiceTranslationSchema.nullable().default(null),
};

export const practiceCreateSchema = z.object({ organisationId: idSchema, ...practiceFields }).strict();
export type PracticeCreate = z.infer<typeof practiceCreateSchema>;
/** Only a draft or a returned practice changes; the association's moderation is separate. */
export const practiceUpdateSchema = patchOf(practiceFields);
export type PracticeUpdate = z.infer<typeof practiceUpdateSchema>;

/** The moderation step: publish (with the judgement), return for changes, or reject (with a note). */
export const practiceModerationSchema = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('publish'),
      scores: practiceScoresSchema,
      note: z.string().trim().max(4000).default(''),
    })
    .strict(),
  z.object({ decision: z.literal('return'), note: z.string().trim().min(3).max(4000) }).strict(),
  z.object({ decision: z.literal('reject'), note: z.string().trim().min(3).max(4000) }).strict(),
]);
export type PracticeModeration = z.infer<typeof practiceModerationSchema>;

const publicPracticeShape = {
  id: idSchema,
  countryCode: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  locale: localeSchema,
  categoryCode: z.string(),
  title: z.string(),
  initiator: z.string(),
  partners: z.string(),
  summary: z.string(),
  background: z.string(),
  practice: z.string(),
  results: z.string(),
  periodFrom: dateSchema,
  periodTo: dateSchema.nullable(),
  links: z.array(practiceLinkSchema),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  translation: practiceTranslationSchema.nullable(),
  scores: practiceScoresSchema.nullable(),
  nominations: z.number().int(),
  publishedAt: timestamp.nullable(),
};

/** What anyone reads of a published practice. */
export const publicPracticeSchema = z.object(publicPracticeShape);
export type PublicPractice = z.infer<typeof publicPracticeSchema>;
export const publicPracticePageSchema = page(publicPracticeSchema);

/** What the municipality and the moderating association see, whatever the status. */
export const practiceSchema = z.object({
  ...publicPracticeShape,
  bodyId: idSchema,
  status: practiceStatusSchema,
  moderationNote: z.string(),
  submittedAt: timestamp.nullable(),
  /** Whether the reader has nominated it (a user nominates a practice once). */
  nominatedByMe: z.boolean(),
  updatedAt: timestamp,
});
export type Practice = z.infer<typeof practiceSchema>;
export const practicePageSchema = page(practiceSchema);

/** The practices of the reader's municipality, or the association's moderation queue. */
export const practiceListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    bodyId: idSchema.optional(),
    status: practiceStatusSchema.optional(),
  })
  .strict();
export type PracticeListQuery = z.infer<typeof practiceListQuery>;

/** Public practices, searched in either script; `sort=nominations` is the ranking. */
export const publicPracticeQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    categoryCode: z.string().max(60).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
    sort: z.enum(['newest', 'nominations']).default('newest'),
  })
  .strict();
export type PublicPracticeQuery = z.infer<typeof publicPracticeQuery>;

export const nominationResultSchema = z.object({
  nominations: z.number().int(),
  nominatedByMe: z.literal(true),
});

/** The association's practice of the week, featured on the public pages and in the bulletin. */
export const practiceWeekSchema = z.object({
  weekOf: dateSchema.describe('The Monday the week starts'),
  note: z.string(),
  practice: publicPracticeSchema,
});
export type PracticeWeek = z.infer<typeof practiceWeekSchema>;
export const practiceWeekChoiceSchema = z
  .object({
    bodyId: idSchema,
    practiceId: idSchema,
    weekOf: dateSchema,
    note: z.string().trim().max(1000).default(''),
  })
  .strict();
export type PracticeWeekChoice = z.infer<typeof practiceWeekChoiceSchema>;
