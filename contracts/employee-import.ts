import { z } from 'zod';
import { idSchema } from './common';

/** The columns an import can fill; the spreadsheet's own headers are mapped onto them. */
export const importFields = [
  'familyName',
  'givenName',
  'familyNameLatin',
  'givenNameLatin',
  'nationalId',
  'birthDate',
  'gender',
  'email',
  'phone',
  'address',
  'orgUnit',
  'position',
  'contractType',
  'startsOn',
  'actNumber',
] as const;
export const importFieldSchema = z.enum(importFields);
export type ImportField = z.infer<typeof importFieldSchema>;
export const requiredImportFields: readonly ImportField[] = ['familyName', 'givenName', 'nationalId'];

/** field → the header of the column that holds it (headers, not positions: columns move). */
export const importMappingSchema = z.partialRecord(importFieldSchema, z.string().max(200));
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importUploadSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  /** The first rows as text, to help mapping. */
  sample: z.array(z.array(z.string())),
  /** The mapping remembered for this municipality, else one guessed from the headers. */
  mapping: importMappingSchema,
});
export type ImportUpload = z.infer<typeof importUploadSchema>;

export const importRowErrorSchema = z.object({
  /** The spreadsheet row number as the user sees it (the header is row 1). */
  row: z.number().int(),
  field: importFieldSchema,
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importPreviewSchema = z.object({
  rowCount: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  errorCount: z.number().int(),
  /** The first 500 errors, in row order. */
  errors: z.array(importRowErrorSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importMappingBody = z.object({ mapping: importMappingSchema }).strict();

export const importResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  employments: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importTemplateQuery = z.object({ organisationId: idSchema }).strict();
