import { z } from 'zod';
import { localeSchema } from './access';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';

/**
 * A question a municipality puts to its association's legal advisers. Private to the asking
 * municipality and the association until an anonymised version of its answer is published.
 */
export const questionStatuses = [
  'submitted', // waiting for an expert
  'claimed', // an expert is working on it
  'needs_info', // the expert asked back; the service-level clock is stopped
  'answered',
  'accepted', // the asker accepted the answer
  'withdrawn',
] as const;
export const questionStatusSchema = z.enum(questionStatuses);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

/** A law article the question or answer is about; `lawId` points into the laws register. */
export const lawRefSchema = z
  .object({
    lawId: idSchema,
    article: z.string().trim().min(1).max(40).describe('e.g. "49" or "49, para. 2"'),
  })
  .strict();
export type LawRef = z.infer<typeof lawRefSchema>;

/** A law reference as read: the law's title and gazette, and whether it was amended since. */
export const lawRefViewSchema = lawRefSchema.extend({
  lawTitle: z.string(),
  gazette: z.string(),
  amendedOn: dateSchema.nullable(),
});
export type LawRefView = z.infer<typeof lawRefViewSchema>;

export const questionAttachmentSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: timestamp,
});
export type QuestionAttachment = z.infer<typeof questionAttachmentSchema>;

export const questionSchema = z.object({
  id: idSchema,
  reference: z.string().describe('e.g. "2026-0042", numbered per year'),
  organisationId: idSchema.describe('The asking municipality'),
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  bodyId: idSchema.describe('The association whose experts answer'),
  bodyName: z.string(),
  bodyNameLatin: z.string(),
  countryCode: z.string(),
  title: z.string(),
  text: z.string(),
  locale: localeSchema.describe('The language and script the question was written in'),
  areaCode: z.string(),
  subtopicCode: z.string(),
  lawRefs: z.array(lawRefViewSchema),
  status: questionStatusSchema,
  askedByName: z.string(),
  expertId: idSchema.nullable().describe('The expert who claimed it'),
  expertName: z.string().nullable(),
  submittedAt: timestamp,
  dueOn: dateSchema
    .nullable()
    .describe('Answer due (working days); null while the clock is stopped or once answered'),
  overdue: z.boolean(),
  answeredAt: timestamp.nullable(),
  acceptedAt: timestamp.nullable(),
  /** The knowledge-base entry made from it, once drafted. */
  answerId: idSchema.nullable(),
  following: z.boolean().describe('Whether the reader follows it'),
  updatedAt: timestamp,
});
export type Question = z.infer<typeof questionSchema>;
export const questionPageSchema = page(questionSchema);

export const questionMessageKinds = ['ask_back', 'reply', 'answer'] as const;
export const questionMessageKindSchema = z.enum(questionMessageKinds);

/** One turn of the conversation: the expert asks back or answers, the asker replies. */
export const questionMessageSchema = z.object({
  id: idSchema,
  kind: questionMessageKindSchema,
  authorName: z.string(),
  text: z.string(),
  createdAt: timestamp,
});
export type QuestionMessage = z.infer<typeof questionMessageSchema>;

export const questionDetailSchema = questionSchema.extend({
  messages: z.array(questionMessageSchema),
  attachments: z.array(questionAttachmentSchema),
});
export type QuestionDetail = z.infer<typeof questionDetailSchema>;

export const questionListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    bodyId: idSchema.optional(),
    status: questionStatusSchema.optional(),
    /** The experts' queue: open questions (submitted, claimed, waiting for information), soonest due first. */
    queue: z.enum(['open', 'mine']).optional(),
    overdue: z.enum(['true', 'false']).optional(),
    areaCode: z.string().max(60).optional(),
  })
  .strict();
export type QuestionListQuery = z.infer<typeof questionListQuery>;

const text = z.string().trim().min(1).max(20000);

export const questionCreateSchema = z
  .object({
    organisationId: idSchema,
    bodyId: idSchema,
    title: z.string().trim().min(5).max(300),
    text,
    areaCode: z.string().min(1).max(60),
    subtopicCode: z.string().min(1).max(60),
    lawRefs: z.array(lawRefSchema).max(20).default([]),
  })
  .strict();
export type QuestionCreate = z.infer<typeof questionCreateSchema>;

/** Asking back, replying, answering: one message. */
export const questionMessageCreateSchema = z.object({ text }).strict();
export const questionAnswerSchema = z
  .object({
    text,
    lawRefs: z.array(lawRefSchema).max(20).optional().describe('Replaces the references when given'),
  })
  .strict();
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;
