import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DocumentUpdate, LibraryDocument } from '../../../contracts/library-documents';
import { documentCreateSchema, documentVersionNoteSchema } from '../../../contracts/library-documents';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import type { Upload } from '../../platform/http/upload';
import { organisations } from '../organisations/organisations.tables';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { documentSearch, toDocument } from './document-view';
import { type DocumentRow, documentsRepo as repo } from './documents.repo';
import { managesDocument } from './documents.service';
import { onlyFields, parsedMetadata } from './library-metadata';
import { type CheckedFile, checkedFile } from './library-upload';

const permission = 'library.manage';

/** Audited without the folded search text, which only repeats the other fields. */
const audited = ({ search: _search, ...rest }: DocumentRow) => rest;

/** Topics are the codes of the country's advisory areas. */
async function checkTopics(tx: Tx, countryCode: string, topics: readonly string[]) {
  const codes = new Set((await storedPack(tx, countryCode)).advice.areas.map((a) => a.code));
  if (topics.some((t) => !codes.has(t))) throw invalid('topics', 'unknown_topic');
}

/** An audience is a municipality of the publisher's country, and only of a document kept for one. */
async function checkAudience(tx: Tx, countryCode: string, visibility: string, audienceId: string | null) {
  if (audienceId === null) return;
  if (visibility !== 'organisation') throw invalid('audienceId', 'audience_needs_organisation');
  const [org] = await tx.select().from(organisations).where(eq(organisations.id, audienceId));
  if (!org || org.kind === 'national_body') throw invalid('audienceId', 'not_a_municipality');
  if (org.countryCode !== countryCode) throw invalid('audienceId', 'not_organisation_country');
}

export type DocumentPublishingService = ReturnType<typeof createDocumentPublishingService>;

/**
 * Publishing: new documents, new versions, edits and removal, by the publisher alone. The file is
 * checked before anything is written; it is stored first and removed again if the rows cannot be
 * written, so no file is ever left without its record.
 */
export function createDocumentPublishingService({ tenancy, files }: { tenancy: Tenancy; files: FileStore }) {
  const scope = access.scopeOf;
  const readers = (actor: Actor) => ({ kind: 'signed_in', scope: scope(actor) }) as const;

  /** The document for a change: 404 when the actor cannot read it, 403 when only read. */
  async function managed(tx: Tx, actor: Actor, id: string) {
    const found = await repo.find(tx, readers(actor), id);
    if (!found) throw notFound('document');
    if (!managesDocument(actor, found.row)) throw new AppError(403, 'forbidden', { permission });
    // Locked only now: FOR UPDATE passes the write policy, which a mere reader does not.
    return (await repo.lock(tx, readers(actor), id)) as DocumentRow;
  }

  async function view(tx: Tx, actor: Actor, id: string): Promise<LibraryDocument> {
    const found = await repo.find(tx, readers(actor), id);
    if (!found) throw notFound('document');
    return toDocument(found, true, null);
  }

  /** Stores the file, runs `write`, and deletes the file again if the transaction fails. */
  async function withStoredFile<T>(
    key: string,
    upload: Upload,
    file: CheckedFile,
    write: () => Promise<T>,
  ): Promise<T> {
    await files.put(key, upload.data, file.contentType);
    try {
      return await write();
    } catch (e) {
      await files.delete(key);
      throw e;
    }
  }

  const versionValues = (actor: Actor, row: DocumentRow, file: CheckedFile, key: string, note: string) => ({
    documentId: row.id,
    organisationId: row.organisationId,
    note,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    storageKey: key,
    text: file.text,
    uploadedBy: actor.userId,
  });

  return {
    async create(actor: Actor, upload: Upload): Promise<LibraryDocument> {
      access.require(actor, permission);
      const input = parsedMetadata(upload.fields, documentCreateSchema);
      const file = await checkedFile(upload);
      const key = `library/${input.organisationId}/${randomUUID()}`;
      // The checks that read the database run before the file is stored.
      const org = await tenancy.read(scope(actor), async (tx) => {
        const found = await reachableOrganisation(tx, actor, input.organisationId, permission);
        await checkAudience(tx, found.countryCode, input.visibility, input.audienceId);
        await checkTopics(tx, found.countryCode, input.topics);
        return found;
      });
      return withStoredFile(key, upload, file, () =>
        tenancy.run(scope(actor), async (tx) => {
          const row = await repo.insert(tx, {
            ...input,
            countryCode: org.countryCode,
            search: documentSearch(input, file.text),
            createdBy: actor.userId,
          });
          await repo.insertVersion(tx, { ...versionValues(actor, row, file, key, ''), version: 1 });
          await recordAudit(tx, actor, {
            organisationId: row.organisationId,
            action: 'document.create',
            entityType: 'document',
            entityId: row.id,
            after: audited(row),
          });
          return view(tx, actor, row.id);
        }),
      );
    },

    async addVersion(actor: Actor, id: string, upload: Upload): Promise<LibraryDocument> {
      access.require(actor, permission);
      onlyFields(upload.fields, ['note']);
      const checkedNote = documentVersionNoteSchema.safeParse(upload.fields.note ?? '');
      if (!checkedNote.success) throw invalid('note', 'too_big');
      const file = await checkedFile(upload);
      const owner = await tenancy.run(
        scope(actor),
        async (tx) => (await managed(tx, actor, id)).organisationId,
      );
      const key = `library/${owner}/${randomUUID()}`;
      return withStoredFile(key, upload, file, () =>
        tenancy.run(scope(actor), async (tx) => {
          const row = await managed(tx, actor, id);
          const version = row.currentVersion + 1;
          await repo.insertVersion(tx, {
            ...versionValues(actor, row, file, key, checkedNote.data),
            version,
          });
          await repo.update(tx, id, { currentVersion: version, search: documentSearch(row, file.text) });
          await recordAudit(tx, actor, {
            organisationId: row.organisationId,
            action: 'document.version',
            entityType: 'document',
            entityId: id,
            after: { version, fileName: file.fileName, note: checkedNote.data },
          });
          return view(tx, actor, id);
        }),
      );
    },

    async update(actor: Actor, id: string, patch: DocumentUpdate): Promise<LibraryDocument> {
      access.require(actor, permission);
      return tenancy.run(scope(actor), async (tx) => {
        const row = await managed(tx, actor, id);
        // Leaving `organisation` drops the audience unless the patch names one (then refused).
        const leaves = patch.visibility !== undefined && patch.visibility !== 'organisation';
        const next = {
          ...row,
          ...patch,
          audienceId: patch.audienceId !== undefined ? patch.audienceId : leaves ? null : row.audienceId,
        };
        await checkAudience(tx, row.countryCode, next.visibility, next.audienceId);
        if (patch.topics) await checkTopics(tx, row.countryCode, patch.topics);
        const search = documentSearch(next, await repo.currentText(tx, row));
        await repo.update(tx, id, { ...patch, audienceId: next.audienceId, search });
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'document.update',
          entityType: 'document',
          entityId: id,
          before: audited(row),
          after: { ...patch, audienceId: next.audienceId },
        });
        return view(tx, actor, id);
      });
    },

    /** The rows go in one transaction; the stored files only once it has committed. */
    async remove(actor: Actor, id: string): Promise<void> {
      access.require(actor, permission);
      const keys = await tenancy.run(scope(actor), async (tx) => {
        const row = await managed(tx, actor, id);
        const stored = (await repo.versions(tx, id)).map((v) => v.storageKey);
        await repo.remove(tx, id);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'document.delete',
          entityType: 'document',
          entityId: id,
          before: audited(row),
        });
        return stored;
      });
      for (const key of keys) await files.delete(key);
    },
  };
}
