import { randomUUID } from 'node:crypto';
import { newCertificateCode } from '../modules/learning/certificate-code';
import { issueAudit } from '../modules/learning/certificate-issue';
import { sessionHours } from '../modules/learning/session-view';
import { findCountryPack } from '../packs/packs';
import { atWork } from './appraisal-seed';
import type { PlacedEnrolment } from './learning-enrolments-seed';
import type { PlannedSession, SessionContext } from './learning-sessions-seed';
import { addDays } from './seed-dates';

/**
 * The certificates of a closed session's completed places, as `issueCertificates` writes them
 * (same code, holder's names and language, programme title and register number, hours of the
 * days), issued the day after the last day, each with the module's `certificate.issue` audit event.
 * Written in bulk: one by one, the module's function takes most of the demo's loading time.
 * Answers how many.
 */
export function addCertificates(
  ctx: SessionContext,
  plan: PlannedSession,
  placed: readonly PlacedEnrolment[],
  taken: Set<string>,
): number {
  const pack = findCountryPack(ctx.country);
  if (!pack) throw new Error(`learning demo: no pack ${ctx.country}`);
  const locales = new Map([...ctx.people.accounts.values()].map((a) => [a.id, a.locale]));
  const day = addDays(plan.row.lastDay, 1);
  const issuedOn = day < ctx.today ? day : addDays(ctx.today, -1);
  const hours = sessionHours(plan.days);
  const accredited = plan.programme.entry.accreditation;
  const done = placed.filter((e) => e.status === 'completed');
  for (const e of done) {
    let code = newCertificateCode(pack.learning.certificatePrefix);
    while (taken.has(code)) code = newCertificateCode(pack.learning.certificatePrefix);
    taken.add(code);
    const id = randomUUID();
    const issued = {
      organisationId: e.staffer.organisationId,
      employeeId: e.staffer.id,
      enrolmentId: e.id,
      sessionId: plan.id,
      issuerId: plan.organiserId,
      code,
      holderName: e.staffer.name,
      holderNameLatin: e.staffer.nameLatin,
      holderLocale: locales.get(e.staffer.userId ?? '') ?? pack.defaultLocale,
      programmeTitle: plan.programme.title,
      registerNumber: accredited?.status === 'accredited' ? accredited.registerNumber : null,
      firstDay: plan.row.firstDay,
      lastDay: plan.row.lastDay,
      hours,
      issuedOn,
    };
    const createdAt = atWork(issuedOn, ctx.random);
    ctx.writer.rows.certificates.push({ ...issued, id, revokedOn: null, revokeReason: null, createdAt });
    ctx.writer.rows.audit.push({ ...issueAudit(id, issued), at: createdAt });
  }
  return done.length;
}
