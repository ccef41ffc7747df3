import { z } from 'zod';
import { idSchema, timestamp } from './common';

/**
 * The national academy's four sources: participants after the session, the trainers, the line
 * manager's rating of the impact on work some months later, and the programme council.
 */
export const evaluationSources = ['participant', 'trainer', 'manager', 'council'] as const;
export const evaluationSourceSchema = z.enum(evaluationSources);
export type EvaluationSource = z.infer<typeof evaluationSourceSchema>;

/** The questions each source answers, 1 (poor) to 5 (excellent). */
export const evaluationQuestions = {
  participant: ['content', 'trainer', 'organisation', 'usefulness'],
  trainer: ['preparation', 'engagement', 'conditions'],
  manager: ['impact'],
  council: ['quality', 'relevance'],
} as const satisfies Record<EvaluationSource, readonly string[]>;

const rating = z.number().int().min(1).max(5);

export const evaluationSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  enrolmentId: idSchema.nullable(),
  source: evaluationSourceSchema,
  ratings: z.record(z.string(), rating),
  comment: z.string(),
  authorName: z.string().describe('Empty for participants: their answers are anonymous to the organiser'),
  createdAt: timestamp,
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationCreateSchema = z
  .object({
    source: evaluationSourceSchema,
    enrolmentId: idSchema.nullable().default(null).describe('For participants and line managers'),
    ratings: z.record(z.string().max(40), rating),
    comment: z.string().trim().max(4000).default(''),
  })
  .strict();
export type EvaluationCreate = z.infer<typeof evaluationCreateSchema>;

export const evaluationSummarySchema = z.object({
  sessionId: idSchema,
  sources: z.array(
    z.object({
      source: evaluationSourceSchema,
      responses: z.number().int(),
      /** Mean per question; null where nobody answered. */
      means: z.record(z.string(), z.number().nullable()),
      comments: z.array(z.string()),
    }),
  ),
  participantsCompleted: z.number().int(),
});
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;
