import { asc, desc, eq } from 'drizzle-orm';
import type { Role } from '../../../contracts/access';
import type { PersonalDataExport } from '../../../contracts/privacy';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { coversOrganisation, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { auditEvents } from '../../platform/audit/audit.tables';
import { AppError, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { identityRepo } from '../identity/identity.repo';
import { organisationsRepo } from '../organisations/organisations.repo';
import { correctionsRepo } from './correction-requests.repo';
import { toRequest } from './correction-requests.service';
import { correctionRequests } from './correction-requests.tables';
import { toDocument } from './employee-documents.service';
import { employeeDocuments } from './employee-documents.tables';
import { peopleRepo } from './people.repo';
import { toEmployee } from './people.service';
import { personalDataPdf } from './personal-data-pdf';

const allRows = 100_000;

export type PersonalDataService = ReturnType<typeof createPersonalDataService>;

/** Everything held about one person, read and audited inside the caller's transaction. */
async function gather(tx: Tx, actor: Actor, employeeId: string): Promise<PersonalDataExport> {
  const found = await peopleRepo.find(tx, reachOf(actor, 'employees.read'), actor.userId, employeeId);
  if (!found) throw notFound('employee');
  const own = found.row.userId === actor.userId;
  const hr = coversOrganisation(reachOf(actor, 'employees.manage'), found.row.organisationId);
  if (!own && !hr) throw new AppError(403, 'forbidden', { permission: 'employees.manage' });
  const documents = await tx
    .select()
    .from(employeeDocuments)
    .where(eq(employeeDocuments.employeeId, employeeId))
    .orderBy(desc(employeeDocuments.createdAt));
  const corrections = await correctionsRepo.list(
    tx,
    eq(correctionRequests.employeeId, employeeId),
    { limit: allRows },
    null,
  );
  const log = await tx
    .select({ at: auditEvents.at, action: auditEvents.action, actorEmail: auditEvents.actorEmail })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, employeeId))
    .orderBy(asc(auditEvents.seq));
  const user = found.row.userId ? await identityRepo.findUser(tx, found.row.userId) : undefined;
  const memberships = user ? await identityRepo.membershipsOf(tx, [user.id]) : [];
  await recordAudit(tx, actor, {
    organisationId: found.row.organisationId,
    action: 'employee.data-export',
    entityType: 'employee',
    entityId: employeeId,
  });
  return {
    generatedAt: new Date().toISOString(),
    file: toEmployee(found, await peopleRepo.employmentsOf(tx, employeeId)),
    documents: documents.map(toDocument),
    correctionRequests: corrections.map(toRequest),
    account: user
      ? {
          email: user.email,
          name: user.name,
          locale: user.locale,
          createdAt: user.createdAt.toISOString(),
          lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
          memberships: memberships.map(({ userId: _, ...m }) => ({ ...m, role: m.role as Role })),
        }
      : null,
    accessLog: log.map((e) => ({ at: e.at.toISOString(), action: e.action, actorEmail: e.actorEmail })),
  };
}

export function createPersonalDataService({
  tenancy,
  translator,
}: {
  tenancy: Tenancy;
  translator: Translator;
}) {
  return {
    /** For the person themself, or for the HR office answering their request; the export is audited. */
    async export(actor: Actor, employeeId: string): Promise<PersonalDataExport> {
      access.require(actor, 'employees.read');
      return tenancy.run(access.scopeOf(actor), (tx) => gather(tx, actor, employeeId));
    },

    /** The same export (and the same audit) printed in the reader's language. */
    async pdf(actor: Actor, employeeId: string): Promise<Buffer> {
      access.require(actor, 'employees.read');
      const { data, organisation, pack } = await tenancy.run(access.scopeOf(actor), async (tx) => {
        const data = await gather(tx, actor, employeeId);
        const org = await organisationsRepo.find(
          tx,
          reachOf(actor, 'organisations.read'),
          data.file.organisationId,
        );
        const pack = org ? (await storedPack(tx, org.countryCode)).people : null;
        return { data, organisation: org ?? null, pack };
      });
      return personalDataPdf(data, { t: translator, locale: actor.locale, organisation, pack });
    },
  };
}
