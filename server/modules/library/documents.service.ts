import type { DocumentVersion, LibraryDocument, LibraryQuery } from '../../../contracts/library-documents';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { AppError, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { excerptOf, foldedTextOf, toDocument, toVersion } from './document-view';
import { type DocumentView, type Readers, documentsRepo as repo } from './documents.repo';

/** May the actor add versions to, edit or delete a document of this publisher? */
export const managesDocument = (actor: Actor | null, d: { organisationId: string; countryCode: string }) =>
  actor !== null && access.can(actor, 'library.manage', d);

export type DocumentsService = ReturnType<typeof createDocumentsService>;

/**
 * The library as it is read: signed in (public, network, the reader's own and those kept for the
 * reader's municipality) or anonymously (public documents only, in system scope).
 */
export function createDocumentsService({ tenancy, files }: { tenancy: Tenancy; files: FileStore }) {
  const readersOf = (actor: Actor | null): Readers =>
    actor ? { kind: 'signed_in', scope: access.scopeOf(actor) } : { kind: 'public' };
  const dbScope = (actor: Actor | null) => (actor ? access.scopeOf(actor) : systemScope);

  const present = (actor: Actor | null, view: DocumentView, excerpt: string | null = null) =>
    toDocument(view, managesDocument(actor, view.row), excerpt);

  async function readable(tx: Tx, actor: Actor | null, id: string) {
    const found = await repo.find(tx, readersOf(actor), id);
    if (!found) throw notFound('document');
    return found;
  }

  async function list(actor: Actor | null, query: LibraryQuery) {
    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    return tenancy.read(dbScope(actor), async (tx) => {
      const rows = await repo.list(tx, readersOf(actor), query, after);
      const found = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
      const texts = query.q
        ? await repo.texts(
            tx,
            found.items.map((r) => r.row.id),
          )
        : new Map();
      return {
        items: found.items.map((r) =>
          present(actor, r, excerptOf(texts.get(r.row.id) ?? '', query.q, foldedTextOf(r.row))),
        ),
        nextCursor: found.nextCursor,
      };
    });
  }

  const get = (actor: Actor | null, id: string): Promise<LibraryDocument> =>
    tenancy.read(dbScope(actor), async (tx) => present(actor, await readable(tx, actor, id)));

  const versions = (actor: Actor | null, id: string): Promise<{ items: DocumentVersion[] }> =>
    tenancy.read(dbScope(actor), async (tx) => {
      await readable(tx, actor, id);
      return { items: (await repo.versions(tx, id)).map(toVersion) };
    });

  /**
   * A reader may not write the publisher's rows (row-level security), so the download is counted
   * in system scope, only after the read check passed.
   */
  async function download(actor: Actor | null, id: string, version: number | undefined) {
    const file = await tenancy.read(dbScope(actor), async (tx) => {
      const doc = await readable(tx, actor, id);
      const found = await repo.version(tx, id, version ?? doc.row.currentVersion);
      if (!found) throw notFound('document_version');
      return found;
    });
    let data: Buffer;
    try {
      data = await files.get(file.storageKey);
    } catch {
      throw new AppError(404, 'not_found', { entity: 'document_content' });
    }
    await tenancy.run(systemScope, (tx) => repo.countDownload(tx, id, file.version));
    return { data, contentType: file.contentType, fileName: file.fileName };
  }

  return {
    list: (actor: Actor, query: LibraryQuery) => list(actor, query),
    get: (actor: Actor, id: string) => get(actor, id),
    versions: (actor: Actor, id: string) => versions(actor, id),
    download: (actor: Actor, id: string, version: number | undefined) => download(actor, id, version),
    publicList: (query: LibraryQuery) => list(null, query),
    publicGet: (id: string) => get(null, id),
    publicDownload: (id: string, version: number | undefined) => download(null, id, version),
  };
}
