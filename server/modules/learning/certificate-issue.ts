import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { localeSchema } from '../../../contracts/access';
import type { Tx } from '../../db/client';
import type { StoredPack } from '../../packs/stored-pack';
import { type AuditEntry, recordAudit } from '../../platform/audit/audit';
import { users } from '../identity/identity.tables';
import { countries } from '../organisations/organisations.tables';
import { newCertificateCode } from './certificate-code';
import { certificates, enrolments } from './enrolments.tables';
import { programmes } from './programmes.tables';
import { sessionHours } from './session-view';
import { sessionDays, trainingSessions } from './sessions.tables';

/** Codes are 40 random bits; a clash is rare enough that a few draws always settle it. */
const codeAttempts = 5;

type IssuedValues = Omit<typeof certificates.$inferInsert, 'code'>;

/** The audit event of an issued certificate (the demo seed writes the same, in bulk). */
export const issueAudit = (id: string, values: IssuedValues & { code: string }): AuditEntry => ({
  organisationId: values.organisationId,
  action: 'certificate.issue',
  entityType: 'certificate',
  entityId: id,
  after: values,
});

async function insertWithFreshCode(tx: Tx, prefix: string, values: IssuedValues): Promise<boolean> {
  for (let i = 0; i < codeAttempts; i++) {
    // No unique-violation error: a caught SQL error would abort the caller's transaction.
    const [row] = await tx
      .insert(certificates)
      .values({ ...values, code: newCertificateCode(prefix) })
      .onConflictDoNothing()
      .returning({ id: certificates.id, code: certificates.code });
    if (row) {
      await recordAudit(tx, null, issueAudit(row.id, { ...values, code: row.code }));
      return true;
    }
    // Nothing inserted: either the enrolment got its certificate meanwhile, or the code was taken.
    const [existing] = await tx
      .select({ id: certificates.id })
      .from(certificates)
      .where(eq(certificates.enrolmentId, values.enrolmentId));
    if (existing) return false;
  }
  throw new Error(`no free certificate code after ${codeAttempts} attempts`);
}

/**
 * Certificates for the completed enrolments among `enrolmentIds` of a completed session, once each
 * (an enrolment that already has one is skipped), if the programme issues certificates. The
 * holder's names are those of the enrolment, the programme's title and register number as they
 * are today, the issuer the organiser; the holder reads it in their profile's language, else in
 * the country's. Runs inside the caller's transaction, in system scope. Answers how many it issued.
 */
export async function issueCertificates(
  tx: Tx,
  sessionId: string,
  enrolmentIds: string[],
  issuedOn: string,
): Promise<number> {
  if (!enrolmentIds.length) return 0;
  const [session] = await tx
    .select({
      organiserId: trainingSessions.organiserId,
      firstDay: trainingSessions.firstDay,
      lastDay: trainingSessions.lastDay,
      title: programmes.title,
      registerNumber: programmes.registerNumber,
      issuesCertificate: programmes.issuesCertificate,
      defaultLocale: countries.defaultLocale,
      pack: countries.pack,
    })
    .from(trainingSessions)
    .innerJoin(programmes, eq(programmes.id, trainingSessions.programmeId))
    .innerJoin(countries, eq(countries.code, trainingSessions.countryCode))
    .where(eq(trainingSessions.id, sessionId));
  if (!session?.issuesCertificate) return 0;
  const days = await tx
    .select({ startsAt: sessionDays.startsAt, endsAt: sessionDays.endsAt })
    .from(sessionDays)
    .where(eq(sessionDays.sessionId, sessionId));
  const hours = sessionHours(days);
  const prefix = (session.pack as StoredPack).learning.certificatePrefix;
  const holders = await tx
    .select({
      id: enrolments.id,
      organisationId: enrolments.organisationId,
      employeeId: enrolments.employeeId,
      name: enrolments.participantName,
      nameLatin: enrolments.participantNameLatin,
      locale: users.locale,
    })
    .from(enrolments)
    .leftJoin(users, eq(users.id, enrolments.participantUserId))
    .where(
      and(
        inArray(enrolments.id, enrolmentIds),
        eq(enrolments.sessionId, sessionId),
        eq(enrolments.status, 'completed'),
        notExists(
          tx.select({ one: sql`1` }).from(certificates).where(eq(certificates.enrolmentId, enrolments.id)),
        ),
      ),
    )
    .orderBy(asc(enrolments.id));
  const fallback = localeSchema.catch('sr-Cyrl').parse(session.defaultLocale);
  let issued = 0;
  for (const h of holders) {
    const inserted = await insertWithFreshCode(tx, prefix, {
      organisationId: h.organisationId,
      employeeId: h.employeeId,
      enrolmentId: h.id,
      sessionId,
      issuerId: session.organiserId,
      holderName: h.name,
      holderNameLatin: h.nameLatin,
      holderLocale: localeSchema.catch(fallback).parse(h.locale ?? fallback),
      programmeTitle: session.title,
      registerNumber: session.registerNumber,
      firstDay: session.firstDay,
      lastDay: session.lastDay,
      hours,
      issuedOn,
    });
    if (inserted) issued += 1;
  }
  return issued;
}
