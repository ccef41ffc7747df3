import { z } from 'zod';
import { localeSchema, orgKindSchema, permissionSchema, roleSchema } from './access';
import { idSchema, listQuery, page, timestamp } from './common';

export const passwordSchema = z.string().min(10).max(200);

export const loginSchema = z
  .object({ email: z.string().trim().max(320), password: z.string().min(1).max(200) })
  .strict();

export const membershipSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  organisationNameLatin: z.string(),
  countryCode: z.string(),
  orgKind: orgKindSchema,
  role: roleSchema,
  orgUnitId: idSchema.nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const meSchema = z.object({
  user: z.object({
    id: idSchema,
    email: z.string(),
    name: z.string(),
    locale: localeSchema,
    mustChangePassword: z.boolean(),
  }),
  memberships: z.array(membershipSchema),
  permissions: z.array(permissionSchema),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const meUpdateSchema = z
  .object({ name: z.string().trim().min(1).max(200), locale: localeSchema })
  .partial()
  .strict();

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().max(200), newPassword: passwordSchema })
  .strict();

export const passwordResetRequestSchema = z.object({ email: z.string().trim().max(320) }).strict();
export const passwordResetSchema = z
  .object({ token: z.string().min(20).max(200), newPassword: passwordSchema })
  .strict();

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  status: z.enum(['active', 'disabled']),
  hasPassword: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: timestamp.nullable(),
  createdAt: timestamp,
  memberships: z.array(membershipSchema),
});
export type User = z.infer<typeof userSchema>;
export const userPageSchema = page(userSchema);

export const userListQuery = listQuery
  .extend({ organisationId: idSchema.optional(), role: roleSchema.optional() })
  .strict();
export type UserListQuery = z.infer<typeof userListQuery>;

export const invitationSchema = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    locale: localeSchema.default('sr-Cyrl'),
    organisationId: idSchema,
    role: roleSchema,
    orgUnitId: idSchema.nullable().default(null),
    /** When given, the account starts with this password and must change it at first login. */
    initialPassword: passwordSchema.optional(),
  })
  .strict();
export type Invitation = z.infer<typeof invitationSchema>;

export const userUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    locale: localeSchema,
    status: z.enum(['active', 'disabled']),
  })
  .partial()
  .strict();

export const membershipCreateSchema = z
  .object({
    organisationId: idSchema,
    role: roleSchema,
    orgUnitId: idSchema.nullable().default(null),
  })
  .strict();
export type MembershipCreate = z.infer<typeof membershipCreateSchema>;

export const membershipParams = z.object({ id: idSchema, membershipId: idSchema }).strict();
