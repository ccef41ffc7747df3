import { z } from 'zod';
import { timestamp } from './common';
import { correctionRequestSchema } from './correction-requests';
import { employeeDocumentSchema } from './employee-documents';
import { membershipSchema } from './identity';
import { employeeSchema } from './people';

/** Everything Kadar holds about one person: what the right of access (GDPR art. 15) asks for. */
export const personalDataExportSchema = z.object({
  generatedAt: timestamp,
  file: employeeSchema,
  documents: z.array(employeeDocumentSchema),
  correctionRequests: z.array(correctionRequestSchema),
  account: z
    .object({
      email: z.string(),
      name: z.string(),
      locale: z.string(),
      createdAt: timestamp,
      lastLoginAt: timestamp.nullable(),
      memberships: z.array(membershipSchema),
    })
    .nullable(),
  /** Who read or changed the file, and when. */
  accessLog: z.array(z.object({ at: timestamp, action: z.string(), actorEmail: z.string().nullable() })),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
