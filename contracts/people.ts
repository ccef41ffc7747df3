import { z } from 'zod';
import { dateSchema, idSchema, listQuery, page, timestamp } from './common';
import { educationLevelSchema, positionCategorySchema } from './positions';

export const genderSchema = z.enum(['female', 'male']);
export const contractTypes = ['permanent', 'fixed_term', 'trainee'] as const;
export const contractTypeSchema = z.enum(contractTypes);
export type ContractType = z.infer<typeof contractTypeSchema>;
export const employmentKinds = ['hire', 'promotion', 'transfer', 'reassignment', 'change'] as const;
export const employmentKindSchema = z.enum(employmentKinds);
export const leaveReasons = [
  'resignation',
  'retirement',
  'dismissal',
  'contract_end',
  'transfer_out',
  'death',
  'other',
] as const;
export const leaveReasonSchema = z.enum(leaveReasons);
export const employeeStatuses = ['active', 'left'] as const;
export const employeeStatusSchema = z.enum(employeeStatuses);
export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();
const year = z.number().int().min(1940).max(2100);

export const educationEntrySchema = z
  .object({
    level: educationLevelSchema,
    institution: text(300),
    field: optionalText(300).default(null),
    year: year.nullable().default(null),
  })
  .strict();
export const examEntrySchema = z
  .object({
    name: text(300).describe('Licence or exam, e.g. the state professional exam'),
    issuer: optionalText(300).default(null),
    passedOn: dateSchema.nullable().default(null),
    number: optionalText(60).default(null),
  })
  .strict();
export const languageEntrySchema = z
  .object({ language: z.string().regex(/^[a-z]{2,3}$/), level: z.enum(cefrLevels) })
  .strict();

export const employmentSchema = z.object({
  id: idSchema,
  kind: employmentKindSchema,
  positionId: idSchema,
  positionName: z.string(),
  positionNameLatin: z.string(),
  orgUnitId: idSchema,
  category: positionCategorySchema,
  titleCode: z.string(),
  contractType: contractTypeSchema,
  workingTime: z.number().int().describe('Percent of full time'),
  startsOn: dateSchema,
  endsOn: dateSchema.nullable(),
  actNumber: z.string().nullable(),
  actDate: dateSchema.nullable(),
});
export type Employment = z.infer<typeof employmentSchema>;

const nameFields = {
  givenName: z.string(),
  familyName: z.string(),
  givenNameLatin: z.string(),
  familyNameLatin: z.string(),
};

/** The directory row: enough to find someone, nothing sensitive (no national ID, no address). */
export const employeeListItemSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  ...nameFields,
  status: employeeStatusSchema,
  orgUnitId: idSchema.nullable(),
  positionId: idSchema.nullable(),
  positionName: z.string().nullable(),
  positionNameLatin: z.string().nullable(),
  category: positionCategorySchema.nullable(),
  titleCode: z.string().nullable(),
  contractType: contractTypeSchema.nullable(),
  hiredOn: dateSchema.nullable(),
  email: z.string().nullable(),
});
export type EmployeeListItem = z.infer<typeof employeeListItemSchema>;
export const employeePageSchema = page(employeeListItemSchema);

/** The signed-in person's own active personnel files (one per organisation that employs them). */
export const ownFilesSchema = z.object({
  items: z.array(z.object({ id: idSchema, organisationId: idSchema })),
});
export type OwnFiles = z.infer<typeof ownFilesSchema>;

export const employeeListQuery = listQuery
  .extend({
    organisationId: idSchema.optional(),
    orgUnitId: idSchema.optional().describe('The unit and its sub-units'),
    titleCode: z.string().max(60).optional(),
    category: positionCategorySchema.optional(),
    contractType: contractTypeSchema.optional(),
    status: employeeStatusSchema.optional(),
  })
  .strict();
export type EmployeeListQuery = z.infer<typeof employeeListQuery>;

export const employeeSchema = employeeListItemSchema.extend({
  userId: idSchema.nullable(),
  nationalId: z.string(),
  birthDate: dateSchema.nullable(),
  gender: genderSchema.nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  education: z.array(educationEntrySchema),
  exams: z.array(examEntrySchema),
  languages: z.array(languageEntrySchema),
  leftOn: dateSchema.nullable(),
  leaveReason: leaveReasonSchema.nullable(),
  employments: z.array(employmentSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Employee = z.infer<typeof employeeSchema>;

const personFields = {
  givenName: text(100),
  familyName: text(100),
  givenNameLatin: text(100),
  familyNameLatin: text(100),
  nationalId: z.string().trim().min(1).max(20),
  birthDate: dateSchema.nullable(),
  gender: genderSchema.nullable(),
  email: z.email().nullable(),
  phone: optionalText(40),
  address: optionalText(500),
  education: z.array(educationEntrySchema).max(20),
  exams: z.array(examEntrySchema).max(50),
  languages: z.array(languageEntrySchema).max(20),
};

export const employmentCreateSchema = z
  .object({
    kind: employmentKindSchema.default('hire'),
    positionId: idSchema,
    contractType: contractTypeSchema,
    workingTime: z.number().int().min(1).max(100).default(100),
    startsOn: dateSchema,
    endsOn: dateSchema.nullable().default(null).describe('End of a fixed-term or trainee contract'),
    actNumber: optionalText(60).default(null),
    actDate: dateSchema.nullable().default(null),
  })
  .strict();
export type EmploymentCreate = z.infer<typeof employmentCreateSchema>;

export const employeeCreateSchema = z
  .object({
    ...personFields,
    organisationId: idSchema,
    givenNameLatin: personFields.givenNameLatin.optional().describe('Derived from Cyrillic when omitted'),
    familyNameLatin: personFields.familyNameLatin.optional(),
    birthDate: personFields.birthDate.optional().describe('Derived from the national ID when omitted'),
    gender: personFields.gender.optional().describe('Derived from the national ID when omitted'),
    email: personFields.email.default(null),
    phone: personFields.phone.default(null),
    address: personFields.address.default(null),
    education: personFields.education.default([]),
    exams: personFields.exams.default([]),
    languages: personFields.languages.default([]),
    employment: employmentCreateSchema.optional().describe('The first employment record'),
  })
  .strict();
export type EmployeeCreate = z.infer<typeof employeeCreateSchema>;

export const employeeUpdateSchema = z
  .object({
    ...personFields,
    userId: idSchema.nullable().describe('The user account of this person, for self-service'),
  })
  .partial()
  .strict();
export type EmployeeUpdate = z.infer<typeof employeeUpdateSchema>;

export const employeeLeaveSchema = z.object({ leftOn: dateSchema, reason: leaveReasonSchema }).strict();
export type EmployeeLeave = z.infer<typeof employeeLeaveSchema>;

export type EducationEntry = z.infer<typeof educationEntrySchema>;
export type ExamEntry = z.infer<typeof examEntrySchema>;
export type LanguageEntry = z.infer<typeof languageEntrySchema>;

/** Columns a directory export can hold, in this order. */
export const exportColumns = [
  'familyName',
  'givenName',
  'familyNameLatin',
  'givenNameLatin',
  'nationalId',
  'birthDate',
  'gender',
  'email',
  'phone',
  'unit',
  'position',
  'title',
  'category',
  'contractType',
  'hiredOn',
  'status',
  'leftOn',
] as const;
export type ExportColumn = (typeof exportColumns)[number];
export const defaultExportColumns: readonly ExportColumn[] = [
  'familyName',
  'givenName',
  'unit',
  'position',
  'title',
  'contractType',
  'hiredOn',
];

export const employeeExportQuery = employeeListQuery
  .omit({ cursor: true, limit: true })
  .extend({
    columns: z
      .string()
      .max(400)
      .optional()
      .describe(`Comma-separated, from: ${exportColumns.join(', ')}`),
  })
  .strict();
export type EmployeeExportQuery = z.infer<typeof employeeExportQuery>;
