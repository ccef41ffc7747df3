import { z } from 'zod';
import { localeSchema } from './access';
import { idSchema, listQuery, page, timestamp } from './common';

/** An HR practitioner's opt-in contact card in the network directory. */
export const directoryCardSchema = z.object({
  userId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  countryCode: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  jobTitle: z.string(),
  email: z.string(),
  phone: z.string(),
  expertise: z.string(),
  languages: z.array(localeSchema),
  listed: z.boolean(),
  updatedAt: timestamp,
});
export type DirectoryCard = z.infer<typeof directoryCardSchema>;
export const directoryPageSchema = page(directoryCardSchema);
export const directoryQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    organisationId: idSchema.optional(),
  })
  .strict();
export type DirectoryQuery = z.infer<typeof directoryQuery>;

/** The signed-in user's own card: written (or taken off the directory) only by them. */
export const directoryCardUpdateSchema = z
  .object({
    organisationId: idSchema.describe('One of the user’s own organisations'),
    jobTitle: z.string().trim().max(200).default(''),
    email: z.email().max(320),
    phone: z.string().trim().max(60).default(''),
    expertise: z.string().trim().max(2000).default(''),
    languages: z.array(localeSchema).min(1).max(4),
    listed: z.boolean(),
  })
  .strict();
export type DirectoryCardUpdate = z.infer<typeof directoryCardUpdateSchema>;

/** The organisations with listed cards: the directory's municipality filter. */
export const directoryOrganisationsQuery = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .strict();
export const directoryOrganisationsSchema = z.object({
  items: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      nameLatin: z.string(),
      countryCode: z.string(),
      cards: z.number().int(),
    }),
  ),
});
export type DirectoryOrganisation = z.infer<typeof directoryOrganisationsSchema>['items'][number];
