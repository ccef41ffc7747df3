import { z } from 'zod';
import { latinText, packName } from './pack-text';

const code = z.string().regex(/^[a-z0-9_]+$/);

/** A category of good practices, e.g. "public services" or "human resources". */
export const practiceCategorySchema = z.object({ code, ...packName, nameEn: latinText });
export type PracticeCategory = z.infer<typeof practiceCategorySchema>;

/** The good-practice rules of a country pack (`practices`). */
export const practicePackSchema = z.object({ categories: z.array(practiceCategorySchema).min(1) });
export type PracticePack = z.infer<typeof practicePackSchema>;
