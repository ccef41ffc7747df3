import { z } from 'zod';
import { localeSchema } from './access';
import { idSchema, listQuery, page, patchOf, timestamp } from './common';

/** News and events of national bodies and the association, and the bulletin that digests them. */
export const postKinds = ['news', 'event'] as const;
export const postKindSchema = z.enum(postKinds);
export type PostKind = z.infer<typeof postKindSchema>;
export const postStatuses = ['draft', 'published'] as const;
export const postStatusSchema = z.enum(postStatuses);
/** `all` every country, `country` the publisher's country, `organisations` the chosen municipalities. */
export const postAudiences = ['all', 'country', 'organisations'] as const;
export const postAudienceSchema = z.enum(postAudiences);

const publicPostShape = {
  id: idSchema,
  kind: postKindSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  countryCode: z.string(),
  audience: postAudienceSchema,
  locale: localeSchema,
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  startsAt: timestamp.nullable(),
  endsAt: timestamp.nullable(),
  location: z.string(),
  onlineUrl: z.string(),
  publishedAt: timestamp.nullable(),
};
/** What anyone reads of a post addressed to all or to a country. */
export const publicPostSchema = z.object(publicPostShape);
export type PublicPost = z.infer<typeof publicPostSchema>;
export const publicPostPageSchema = page(publicPostSchema);

/** What signed-in readers and the publisher see. */
export const postSchema = z.object({
  ...publicPostShape,
  status: postStatusSchema,
  audienceIds: z.array(idSchema),
  canManage: z.boolean(),
  updatedAt: timestamp,
});
export type Post = z.infer<typeof postSchema>;
export const postPageSchema = page(postSchema);

const postFields = {
  audience: postAudienceSchema,
  audienceIds: z.array(idSchema).max(500).default([]),
  locale: localeSchema,
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().max(1000).default(''),
  body: z.string().trim().min(1).max(40000),
  startsAt: z.iso.datetime({ offset: true }).nullable().default(null),
  endsAt: z.iso.datetime({ offset: true }).nullable().default(null),
  location: z.string().trim().max(300).default(''),
  onlineUrl: z.union([z.url({ protocol: /^https?$/ }).max(1000), z.literal('')]).default(''),
};
/** A news post; an event also needs `startsAt` (and `endsAt` after it). */
export const postCreateSchema = z
  .object({ organisationId: idSchema, kind: postKindSchema, ...postFields })
  .strict();
export type PostCreate = z.infer<typeof postCreateSchema>;
export const postUpdateSchema = patchOf(postFields);
export type PostUpdate = z.infer<typeof postUpdateSchema>;

export const postListQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    organisationId: idSchema.optional().describe("The publisher's posts, drafts included for its editors"),
    status: postStatusSchema.optional(),
  })
  .strict();
export type PostListQuery = z.infer<typeof postListQuery>;

/** Events from a day on (default today), soonest first. */
export const eventListQuery = postListQuery.extend({ from: z.iso.date().optional() }).strict();
export type EventListQuery = z.infer<typeof eventListQuery>;

/** One line of a bulletin: something new in the period, with a link into Kadar. */
export const bulletinItemKinds = [
  'answer',
  'practice',
  'document',
  'session',
  'news',
  'event',
  'practice_of_week',
] as const;
export const bulletinItemSchema = z.object({
  kind: z.enum(bulletinItemKinds),
  title: z.string(),
  path: z.string().describe('e.g. /knowledge/<id>'),
  date: timestamp.nullable(),
});
export type BulletinItem = z.infer<typeof bulletinItemSchema>;

export const bulletinSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  countryCode: z.string(),
  periodFrom: timestamp,
  periodTo: timestamp,
  items: z.array(bulletinItemSchema),
  recipients: z.number().int(),
  sentAt: timestamp,
});
export type Bulletin = z.infer<typeof bulletinSchema>;
export const bulletinListSchema = z.object({ items: z.array(bulletinSchema) });
/** What the next bulletin would carry (since the last one), before the association sends it. */
export const bulletinPreviewSchema = z.object({
  periodFrom: timestamp,
  periodTo: timestamp,
  items: z.array(bulletinItemSchema),
  subscribers: z.number().int(),
});
export const bulletinSendSchema = z.object({ bodyId: idSchema }).strict();

/**
 * An accessible anti-spam check for anonymous forms, instead of an image captcha: the browser finds a
 * `nonce` such that SHA-256(`challenge` + nonce) starts with `difficulty` zero bits (a second or two).
 */
export const powChallengeSchema = z.object({
  challenge: z.string(),
  difficulty: z.number().int(),
  expiresAt: timestamp,
});
export type PowChallenge = z.infer<typeof powChallengeSchema>;
export const powSolutionSchema = z
  .object({ challenge: z.string().max(500), nonce: z.string().max(40) })
  .strict();
export type PowSolution = z.infer<typeof powSolutionSchema>;

/** An anonymous subscription to a country's bulletin; a confirmation link is e-mailed first. */
export const subscribeSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    email: z.email().max(320),
    locale: localeSchema,
    proof: powSolutionSchema,
  })
  .strict();
export type Subscribe = z.infer<typeof subscribeSchema>;
export const subscriptionTokenSchema = z.object({ token: z.string().min(20).max(200) }).strict();
/** The signed-in user's own subscription (no proof needed, no confirmation: the address is known). */
export const mySubscriptionSchema = z.object({ country: z.string(), subscribed: z.boolean() });
export const mySubscriptionUpdateSchema = z.object({ subscribed: z.boolean() }).strict();
