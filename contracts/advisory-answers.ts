import { z } from 'zod';
import { localeSchema } from './access';
import { lawRefSchema, lawRefViewSchema } from './advisory-questions';
import { dateSchema, idSchema, listQuery, page, patchOf, timestamp } from './common';

/** A law in the register the answers cite; recording an amendment flags the answers citing it. */
export const lawSchema = z.object({
  id: idSchema,
  countryCode: z.string(),
  bodyId: idSchema.describe('The association whose experts keep the register'),
  title: z.string(),
  gazette: z.string().describe('Official gazette numbers, e.g. "Sl. glasnik RS 21/2016, 113/2017"'),
  amendedOn: dateSchema.nullable().describe('When the last amendment was recorded'),
  note: z.string(),
  /** Published answers citing it that were last checked before the amendment. */
  answersToRecheck: z.number().int(),
  updatedAt: timestamp,
});
export type Law = z.infer<typeof lawSchema>;
export const lawListSchema = z.object({ items: z.array(lawSchema) });

export const lawListQuery = z
  .object({ country: z.string().regex(/^[A-Z]{2}$/), q: z.string().trim().max(200).optional() })
  .strict();

const lawFields = {
  title: z.string().trim().min(3).max(400),
  gazette: z.string().trim().min(1).max(400),
  amendedOn: dateSchema.nullable().default(null),
  note: z.string().trim().max(2000).default(''),
};
export const lawCreateSchema = z.object({ bodyId: idSchema, ...lawFields }).strict();
export type LawCreate = z.infer<typeof lawCreateSchema>;
export const lawUpdateSchema = patchOf(lawFields);
export type LawUpdate = z.infer<typeof lawUpdateSchema>;

/** A knowledge-base entry: the anonymised question and the expert's answer. */
export const answerStatuses = ['draft', 'published', 'withdrawn'] as const;
export const answerStatusSchema = z.enum(answerStatuses);

const publicAnswerShape = {
  id: idSchema,
  countryCode: z.string(),
  bodyName: z.string(),
  bodyNameLatin: z.string(),
  areaCode: z.string(),
  subtopicCode: z.string(),
  locale: localeSchema.describe('The language and script the texts are written in'),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  lawRefs: z.array(lawRefViewSchema),
  checkedOn: dateSchema.describe('When the answer was last checked against the law'),
  /** A cited law was amended after `checkedOn`: the experts must check the answer again. */
  needsRecheck: z.boolean(),
  helpfulYes: z.number().int(),
  helpfulNo: z.number().int(),
  publishedAt: timestamp.nullable(),
};

/** What anyone may read, without signing in. */
export const publicAnswerSchema = z.object(publicAnswerShape);
export type PublicAnswer = z.infer<typeof publicAnswerSchema>;
export const publicAnswerPageSchema = page(publicAnswerSchema);

/** What the association's experts work on. */
export const answerSchema = z.object({
  ...publicAnswerShape,
  bodyId: idSchema,
  questionId: idSchema.nullable(),
  status: answerStatusSchema,
  /** Names and contacts the anonymiser took out of the texts, for the reviewer to check. */
  removedTerms: z.array(z.string()),
  updatedAt: timestamp,
});
export type Answer = z.infer<typeof answerSchema>;
export const answerPageSchema = page(answerSchema);

export const answerListQuery = listQuery
  .extend({
    bodyId: idSchema.optional(),
    status: answerStatusSchema.optional(),
    needsRecheck: z.enum(['true', 'false']).optional(),
  })
  .strict();
export type AnswerListQuery = z.infer<typeof answerListQuery>;

export const answerUpdateSchema = patchOf({
  title: z.string().trim().min(5).max(300),
  question: z.string().trim().min(1).max(20000),
  answer: z.string().trim().min(1).max(40000),
  areaCode: z.string().min(1).max(60),
  subtopicCode: z.string().min(1).max(60),
  lawRefs: z.array(lawRefSchema).max(20),
});
export type AnswerUpdate = z.infer<typeof answerUpdateSchema>;

/** The public knowledge base: published answers, searched in either script. */
export const knowledgeQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    areaCode: z.string().max(60).optional(),
    subtopicCode: z.string().max(60).optional(),
    lawId: idSchema.optional(),
    article: z.string().trim().max(40).optional(),
  })
  .strict();
export type KnowledgeQuery = z.infer<typeof knowledgeQuery>;

export const helpfulVoteSchema = z.object({ helpful: z.boolean() }).strict();
export const helpfulCountsSchema = z.object({ helpfulYes: z.number().int(), helpfulNo: z.number().int() });
