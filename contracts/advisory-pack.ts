import { z } from 'zod';
import { dateSchema } from './common';
import { latinText, packName } from './pack-text';

const code = z.string().regex(/^[a-z0-9_]+$/);

/** A sub-topic of an advisory area, e.g. "appraisal" under "employment relations". */
export const adviceSubtopicSchema = z.object({ code, ...packName, nameEn: latinText });

/** A thematic area of the advisory Q&A, following the competences of local self-government. */
export const adviceAreaSchema = z.object({
  code,
  ...packName,
  nameEn: latinText,
  subtopics: z.array(adviceSubtopicSchema).min(1),
});
export type AdviceArea = z.infer<typeof adviceAreaSchema>;

/** The advisory rules of a country pack (`advice`). */
export const advicePackSchema = z.object({
  areas: z.array(adviceAreaSchema).min(1),
  /** The promised time to answer, in working days (weekends and `holidays` do not count). */
  responseWorkingDays: z.number().int().min(1).max(60),
  /** Public holidays that fall on working days; kept as data because they move every year. */
  holidays: z.array(dateSchema),
});
export type AdvicePack = z.infer<typeof advicePackSchema>;

/** What anyone may read of a country's advisory rules: its areas and the promised answer time. */
export const adviceRulesSchema = advicePackSchema.pick({ areas: true, responseWorkingDays: true });
export type AdviceRules = z.infer<typeof adviceRulesSchema>;
