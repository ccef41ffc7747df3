import { insertInChunks } from '../db/bulk-write';
import type { Tx } from '../db/client';
import {
  attendance,
  certificates,
  enrolments,
  evaluations,
  trainingRequests,
} from '../modules/learning/enrolments.tables';
import { programmes, trainers } from '../modules/learning/programmes.tables';
import { sessionDays, sessionTrainers, trainingSessions } from '../modules/learning/sessions.tables';
import { auditEvents } from '../platform/audit/audit.tables';

/**
 * The rows of the professional-development demo, collected in memory (ids made here, so sessions,
 * enrolments and evaluations link before anything is written) and written with chunked inserts in
 * dependency order.
 */
export function createLearningWriter() {
  const rows = {
    programmes: [] as Array<typeof programmes.$inferInsert>,
    trainers: [] as Array<typeof trainers.$inferInsert>,
    sessions: [] as Array<typeof trainingSessions.$inferInsert>,
    days: [] as Array<typeof sessionDays.$inferInsert>,
    sessionTrainers: [] as Array<typeof sessionTrainers.$inferInsert>,
    enrolments: [] as Array<typeof enrolments.$inferInsert>,
    attendance: [] as Array<typeof attendance.$inferInsert>,
    certificates: [] as Array<typeof certificates.$inferInsert>,
    /** The audit trail the module writes along with these rows (certificates issued). */
    audit: [] as Array<typeof auditEvents.$inferInsert>,
    evaluations: [] as Array<typeof evaluations.$inferInsert>,
    requests: [] as Array<typeof trainingRequests.$inferInsert>,
  };
  return {
    rows,
    async flush(tx: Tx): Promise<void> {
      await insertInChunks(tx, programmes, rows.programmes);
      await insertInChunks(tx, trainers, rows.trainers);
      await insertInChunks(tx, trainingSessions, rows.sessions);
      await insertInChunks(tx, sessionDays, rows.days);
      await insertInChunks(tx, sessionTrainers, rows.sessionTrainers);
      await insertInChunks(tx, enrolments, rows.enrolments);
      await insertInChunks(tx, attendance, rows.attendance);
      await insertInChunks(tx, certificates, rows.certificates);
      await insertInChunks(tx, auditEvents, rows.audit);
      await insertInChunks(tx, evaluations, rows.evaluations);
      await insertInChunks(tx, trainingRequests, rows.requests);
    },
  };
}

export type LearningWriter = ReturnType<typeof createLearningWriter>;
