import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import {
  documentTypes,
  type EmployeeDocument,
  employeeDocumentFields,
} from '../../../contracts/employee-documents';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import type { Upload } from '../../platform/http/upload';
import { employeeDocuments } from './employee-documents.tables';
import { peopleRepo } from './people.repo';

type Row = typeof employeeDocuments.$inferSelect;
type Permission = 'employees.read' | 'employees.manage';

export const toDocument = (r: Row): EmployeeDocument => ({
  id: r.id,
  employeeId: r.employeeId,
  kind: r.kind as EmployeeDocument['kind'],
  title: r.title,
  fileName: r.fileName,
  contentType: r.contentType,
  size: r.size,
  createdAt: r.createdAt.toISOString(),
});

/** A file name safe to echo in a header: no path, no control characters, bounded. */
const cleanName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? 'document').replace(/[\p{Cc}"]/gu, '').slice(0, 200) || 'document';

export type EmployeeDocumentsService = ReturnType<typeof createEmployeeDocumentsService>;

export function createEmployeeDocumentsService({ tenancy, files }: { tenancy: Tenancy; files: FileStore }) {
  const scope = access.scopeOf;

  async function loadFile(tx: Tx, actor: Actor, employeeId: string, permission: Permission) {
    const found = await peopleRepo.find(tx, reachOf(actor, permission), actor.userId, employeeId);
    if (!found) throw notFound('employee');
    return found.row;
  }

  /** A document of a file the actor may read (or manage); 404 for anything else. */
  async function loadDocument(tx: Tx, actor: Actor, id: string, permission: Permission) {
    const [doc] = await tx.select().from(employeeDocuments).where(eq(employeeDocuments.id, id));
    if (!doc) throw notFound('document');
    await loadFile(tx, actor, doc.employeeId, permission);
    return doc;
  }

  return {
    async list(actor: Actor, employeeId: string): Promise<{ items: EmployeeDocument[] }> {
      access.require(actor, 'employees.read');
      return tenancy.read(scope(actor), async (tx) => {
        await loadFile(tx, actor, employeeId, 'employees.read');
        const rows = await tx
          .select()
          .from(employeeDocuments)
          .where(eq(employeeDocuments.employeeId, employeeId))
          .orderBy(desc(employeeDocuments.createdAt));
        return { items: rows.map(toDocument) };
      });
    },

    /**
     * The bytes are stored first under a fresh key, then the row is written; if the row cannot be
     * written the stored bytes are removed again, so no file is left without its record.
     */
    async upload(actor: Actor, employeeId: string, upload: Upload): Promise<EmployeeDocument> {
      access.require(actor, 'employees.manage');
      const parsed = employeeDocumentFields.safeParse(upload.fields);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid(
          String(issue?.path[0] ?? 'fields'),
          issue?.code === 'unrecognized_keys' ? 'unknown_field' : 'invalid',
        );
      }
      const type = await fileTypeFromBuffer(upload.data);
      if (!type || !(documentTypes as readonly string[]).includes(type.mime))
        throw invalid('file', 'unsupported_file_type');
      return tenancy.run(scope(actor), async (tx) => {
        const file = await loadFile(tx, actor, employeeId, 'employees.manage');
        const key = `${file.organisationId}/${employeeId}/${randomUUID()}`;
        await files.put(key, upload.data, type.mime);
        try {
          const [row] = await tx
            .insert(employeeDocuments)
            .values({
              organisationId: file.organisationId,
              employeeId,
              ...parsed.data,
              fileName: cleanName(upload.name),
              contentType: type.mime,
              size: upload.data.length,
              storageKey: key,
              uploadedBy: actor.userId,
            })
            .returning();
          const doc = toDocument(row as Row);
          await recordAudit(tx, actor, {
            organisationId: file.organisationId,
            action: 'employee.document.upload',
            entityType: 'employee',
            entityId: employeeId,
            after: doc,
          });
          return doc;
        } catch (e) {
          await files.delete(key);
          throw e;
        }
      });
    },

    /** Every download is recorded: who read which document of whose file. */
    async download(actor: Actor, id: string) {
      access.require(actor, 'employees.read');
      const doc = await tenancy.run(scope(actor), async (tx) => {
        const found = await loadDocument(tx, actor, id, 'employees.read');
        await recordAudit(tx, actor, {
          organisationId: found.organisationId,
          action: 'employee.document.download',
          entityType: 'employee',
          entityId: found.employeeId,
          after: { documentId: id, title: found.title },
        });
        return found;
      });
      try {
        return {
          data: await files.get(doc.storageKey),
          contentType: doc.contentType,
          fileName: doc.fileName,
        };
      } catch {
        throw new AppError(404, 'not_found', { entity: 'document_content' });
      }
    },

    /** The row goes first (in the transaction); the bytes are removed once it has committed. */
    async delete(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'employees.manage');
      const doc = await tenancy.run(scope(actor), async (tx) => {
        const found = await loadDocument(tx, actor, id, 'employees.manage');
        await tx.delete(employeeDocuments).where(and(eq(employeeDocuments.id, id)));
        await recordAudit(tx, actor, {
          organisationId: found.organisationId,
          action: 'employee.document.delete',
          entityType: 'employee',
          entityId: found.employeeId,
          before: toDocument(found),
        });
        return found;
      });
      await files.delete(doc.storageKey);
    },
  };
}
