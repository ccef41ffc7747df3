import { z } from 'zod';
import { idSchema, timestamp } from './common';

export const documentKinds = [
  'diploma',
  'certificate',
  'exam',
  'contract',
  'decision',
  'identity',
  'other',
] as const;
export const documentKindSchema = z.enum(documentKinds);

/** What a personnel file accepts, checked by the bytes, not by the name or the browser's claim. */
export const documentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

export const employeeDocumentSchema = z.object({
  id: idSchema,
  employeeId: idSchema,
  kind: documentKindSchema,
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: timestamp,
});
export type EmployeeDocument = z.infer<typeof employeeDocumentSchema>;
export const employeeDocumentListSchema = z.object({ items: z.array(employeeDocumentSchema) });

/** The text fields sent with the file. */
export const employeeDocumentFields = z
  .object({ kind: documentKindSchema, title: z.string().trim().min(1).max(300) })
  .strict();
