import { type Locale, localeSchema } from '../../../contracts/access';
import type { Page } from '../../../contracts/common';
import type {
  Certificate,
  CertificateListQuery,
  CertificateVerification,
} from '../../../contracts/learning-certificates';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { coversOrganisation, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { AppError, conflict, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import type { Translator } from '../../platform/i18n/i18n';
import { certificatePdf } from './certificate-pdf';
import { type CertificateReach, type CertificateRow, certificatesRepo as repo } from './certificates.repo';
import { factsOf, organisationFacts } from './learning-organisations';

const toCertificate = (r: CertificateRow, issuer: { name: string; nameLatin: string }): Certificate => ({
  id: r.id,
  code: r.code,
  enrolmentId: r.enrolmentId,
  sessionId: r.sessionId,
  employeeId: r.employeeId,
  organisationId: r.organisationId,
  issuerId: r.issuerId,
  issuerName: issuer.name,
  issuerNameLatin: issuer.nameLatin,
  holderName: r.holderName,
  holderNameLatin: r.holderNameLatin,
  programmeTitle: r.programmeTitle,
  registerNumber: r.registerNumber,
  firstDay: r.firstDay,
  lastDay: r.lastDay,
  hours: r.hours,
  issuedOn: r.issuedOn,
  status: r.revokedOn ? 'revoked' : 'valid',
  revokedOn: r.revokedOn,
  revokeReason: r.revokeReason,
  createdAt: r.createdAt.toISOString(),
});

/** The address a certificate's QR code opens: the public verification page of the web app. */
export const verificationUrl = (config: Config, code: string) => `${config.publicUrl}/verify/${code}`;

export type CertificatesService = ReturnType<typeof createCertificatesService>;

export function createCertificatesService(deps: {
  tenancy: Tenancy;
  translator: Translator;
  config: Config;
}) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  /**
   * The issuing body sees what it issued (`learning.manage`); HR, the line manager and the holder
   * see the certificates in the personnel files they read (`employees.read`).
   */
  const reachFor = (actor: Actor): CertificateReach => ({
    issued: reachOf(actor, 'learning.manage'),
    files: reachOf(actor, 'employees.read'),
    userId: actor.userId,
  });

  async function withIssuers(tx: Tx, rows: CertificateRow[]): Promise<Certificate[]> {
    const facts = await organisationFacts(
      tx,
      rows.map((r) => r.issuerId),
    );
    return rows.map((r) => toCertificate(r, factsOf(facts, r.issuerId)));
  }

  async function load(actor: Actor, id: string): Promise<{ row: CertificateRow; certificate: Certificate }> {
    return tenancy.read(scope(actor), async (tx) => {
      const row = await repo.find(tx, reachFor(actor), id);
      if (!row) throw notFound('certificate');
      return { row, certificate: (await withIssuers(tx, [row]))[0] as Certificate };
    });
  }

  return {
    async list(actor: Actor, query: CertificateListQuery): Promise<Page<Certificate>> {
      access.require(actor, 'learning.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, reachFor(actor), query, after);
        const page = pageOf(rows, query.limit, (r) => [r.issuedOn, r.id]);
        return { items: await withIssuers(tx, page.items), nextCursor: page.nextCursor };
      });
    },

    async get(actor: Actor, id: string): Promise<Certificate> {
      access.require(actor, 'learning.read');
      return (await load(actor, id)).certificate;
    },

    /** The printable certificate, in the holder's language and script unless `locale` is asked for. */
    async pdf(actor: Actor, id: string, locale: Locale | undefined): Promise<{ code: string; pdf: Buffer }> {
      access.require(actor, 'learning.read');
      const { row, certificate } = await load(actor, id);
      const pdf = await certificatePdf(certificate, {
        t: deps.translator,
        locale: locale ?? localeSchema.catch('sr-Cyrl').parse(row.holderLocale),
        verifyUrl: verificationUrl(deps.config, certificate.code),
      });
      return { code: certificate.code, pdf };
    },

    /** Only the issuing body revokes, with a reason; the holder's HR officer only reads. */
    async revoke(actor: Actor, id: string, reason: string): Promise<Certificate> {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const row = await repo.find(tx, reachFor(actor), id);
        if (!row) throw notFound('certificate');
        if (!coversOrganisation(reachOf(actor, 'learning.manage'), row.issuerId))
          throw new AppError(403, 'forbidden', { permission: 'learning.manage' });
        if (row.revokedOn) throw conflict('certificate_revoked');
        const after = await repo.revoke(tx, id, today(), reason);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'certificate.revoke',
          entityType: 'certificate',
          entityId: id,
          before: { revokedOn: row.revokedOn, revokeReason: row.revokeReason },
          after: { revokedOn: after.revokedOn, revokeReason: after.revokeReason },
        });
        return (await withIssuers(tx, [after]))[0] as Certificate;
      });
    },

    /** The public check of a printed code: only what the certificate itself shows. */
    async verify(code: string): Promise<CertificateVerification> {
      const found = await tenancy.read(systemScope, (tx) => repo.byCode(tx, code));
      if (!found) throw notFound('certificate');
      const { row } = found;
      return {
        code: row.code,
        status: row.revokedOn ? 'revoked' : 'valid',
        holderName: row.holderName,
        holderNameLatin: row.holderNameLatin,
        programmeTitle: row.programmeTitle,
        issuerName: found.issuerName,
        issuerNameLatin: found.issuerNameLatin,
        issuedOn: row.issuedOn,
        revokedOn: row.revokedOn,
      };
    },
  };
}
