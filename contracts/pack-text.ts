import { z } from 'zod';

const cyrillic = /\p{Script=Cyrillic}/u;

/** A country pack's Latin form of a name: no Cyrillic letter may slip in. */
export const latinText = z
  .string()
  .min(1)
  .refine((s) => !cyrillic.test(s), 'must be written in Latin letters');

/** A name in the country's own script with its official Latin form. */
export const packName = { name: z.string().min(1), nameLatin: latinText };
