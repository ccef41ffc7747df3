import { z } from 'zod';
import { localeSchema } from './access';
import { idSchema, listQuery, page, patchOf, timestamp } from './common';

/** Handbooks, model acts (e.g. the rulebook on organisation and systematisation), decrees, templates. */
export const documentKinds = ['handbook', 'model_act', 'regulation', 'template', 'other'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** `public` anyone, `network` every signed-in user, `organisation` the publisher and its audience. */
export const documentVisibilities = ['public', 'network', 'organisation'] as const;
export const documentVisibilitySchema = z.enum(documentVisibilities);
export type DocumentVisibility = z.infer<typeof documentVisibilitySchema>;

/** Model acts that differ by the kind of local government they are written for. */
export const documentVariants = ['city', 'municipality', 'city_municipality'] as const;
export const documentVariantSchema = z.enum(documentVariants);

export const documentVersionSchema = z.object({
  version: z.number().int(),
  note: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Whether text could be read out of the file for search (a scanned PDF has none). */
  searchable: z.boolean(),
  downloads: z.number().int(),
  uploadedAt: timestamp,
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const libraryDocumentSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  audienceId: idSchema.nullable(),
  audienceName: z.string().nullable(),
  audienceNameLatin: z.string().nullable(),
  countryCode: z.string(),
  kind: documentKindSchema,
  variant: documentVariantSchema.nullable(),
  title: z.string(),
  summary: z.string(),
  locale: localeSchema.describe('The language and script of the document'),
  topics: z.array(z.string()).describe('Thematic areas of the country pack (`advice.areas`)'),
  tags: z.array(z.string()),
  visibility: documentVisibilitySchema,
  /** The newest version, the one downloaded by default. */
  current: documentVersionSchema,
  versionCount: z.number().int(),
  downloads: z.number().int().describe('Downloads of every version'),
  /** Where the searched words occur in the document's text, when they do. */
  excerpt: z.string().nullable(),
  /** Whether the reader may add versions, edit or delete it. */
  canManage: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>;
export const libraryDocumentPageSchema = page(libraryDocumentSchema);
export const documentVersionListSchema = z.object({ items: z.array(documentVersionSchema) });

export const libraryQuery = listQuery
  .extend({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    kind: documentKindSchema.optional(),
    topic: z.string().max(60).optional(),
    tag: z.string().trim().max(60).optional(),
    locale: localeSchema.optional(),
    organisationId: idSchema.optional().describe('Only the documents this organisation published'),
  })
  .strict();
export type LibraryQuery = z.infer<typeof libraryQuery>;

const tag = z.string().trim().min(1).max(60);
const documentFields = {
  kind: documentKindSchema,
  variant: documentVariantSchema.nullable().default(null),
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().max(4000).default(''),
  locale: localeSchema,
  topics: z.array(z.string().min(1).max(60)).max(10).default([]),
  tags: z.array(tag).max(20).default([]),
  visibility: documentVisibilitySchema,
  audienceId: idSchema
    .nullable()
    .default(null)
    .describe('With visibility `organisation`: the municipality that may read it'),
};

/**
 * The fields of a new document, sent as the `metadata` part (JSON) of a multipart upload beside the
 * `file` part; a new version is a `file` part with an optional `note` part.
 */
export const documentCreateSchema = z.object({ organisationId: idSchema, ...documentFields }).strict();
export type DocumentCreate = z.infer<typeof documentCreateSchema>;
export const documentUpdateSchema = patchOf(documentFields);
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;
export const documentVersionNoteSchema = z.string().trim().max(1000);
