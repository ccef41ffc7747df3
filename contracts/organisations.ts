import { z } from 'zod';
import { bodyRoleSchema, orgKindSchema } from './access';
import { idSchema, listQuery, page, timestamp } from './common';
import { learningPackSchema } from './learning-catalogue';
import { peoplePackSchema } from './positions';

const name = z.string().trim().min(1).max(200);

export const regionSchema = z.object({ code: z.string(), name: z.string(), nameLatin: z.string() });

export const countrySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameLatin: z.string(),
  defaultLocale: z.string(),
  regions: z.array(regionSchema),
  people: peoplePackSchema,
  learning: learningPackSchema,
});
export type Country = z.infer<typeof countrySchema>;
export const countryListSchema = z.object({ items: z.array(countrySchema) });

export const organisationSchema = z.object({
  id: idSchema,
  countryCode: z.string(),
  kind: orgKindSchema,
  bodyRole: bodyRoleSchema.nullable(),
  name: z.string().describe('Official name in the country script'),
  nameLatin: z.string(),
  regionCode: z.string().nullable(),
  registryCode: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationPageSchema = page(organisationSchema);

export const organisationListQuery = listQuery
  .extend({
    country: z.string().length(2).optional(),
    kind: z
      .union([orgKindSchema, z.literal('local')])
      .optional()
      .describe('`local`: every local self-government (municipalities, towns, cities), no national body'),
  })
  .strict();
export type OrganisationListQuery = z.infer<typeof organisationListQuery>;

export const organisationCreateSchema = z
  .object({
    countryCode: z.string().length(2),
    kind: orgKindSchema,
    bodyRole: bodyRoleSchema.nullable().default(null),
    name,
    nameLatin: name.optional().describe('Derived from a Serbian Cyrillic name when omitted'),
    regionCode: z.string().max(20).nullable().default(null),
    registryCode: z.string().trim().max(40).nullable().default(null),
    email: z.email().nullable().default(null),
    website: z.url().nullable().default(null),
  })
  .strict();
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

export const organisationUpdateSchema = z
  .object({
    kind: orgKindSchema,
    bodyRole: bodyRoleSchema.nullable(),
    name,
    nameLatin: name,
    regionCode: z.string().max(20).nullable(),
    registryCode: z.string().trim().max(40).nullable(),
    email: z.email().nullable(),
    website: z.url().nullable(),
  })
  .partial()
  .strict();
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const orgUnitSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  nameLatin: z.string(),
  code: z.string().nullable(),
  depth: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export const orgUnitListSchema = z.object({ items: z.array(orgUnitSchema) });

export const orgUnitListQuery = z.object({ organisationId: idSchema }).strict();

export const orgUnitCreateSchema = z
  .object({
    organisationId: idSchema,
    parentId: idSchema.nullable().default(null),
    name,
    nameLatin: name.optional(),
    code: z.string().trim().max(40).nullable().default(null),
  })
  .strict();
export type OrgUnitCreate = z.infer<typeof orgUnitCreateSchema>;

export const orgUnitUpdateSchema = z
  .object({
    parentId: idSchema.nullable(),
    name,
    nameLatin: name,
    code: z.string().trim().max(40).nullable(),
  })
  .partial()
  .strict();
export type OrgUnitUpdate = z.infer<typeof orgUnitUpdateSchema>;
