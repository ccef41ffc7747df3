import { randomUUID } from 'node:crypto';
import { insertInChunks } from '../db/bulk-write';
import type { Tx } from '../db/client';
import { documentSearch } from '../modules/library/document-view';
import { documents, documentVersions } from '../modules/library/library.tables';
import type { FileStore } from '../platform/files/file-store';
import { createPdfDocument } from '../platform/pdf/pdf-document';
import { type DemoDocument, type DemoDocumentFile, demoDocuments } from './library-demo-data';

export type LibraryCounts = { documents: number; versions: number };
export const noLibrary: LibraryCounts = { documents: 0, versions: 0 };

const day = 86_400_000;

/** A short real PDF of the file's paragraphs, in DejaVu Sans so that Cyrillic prints. */
async function demoPdf(d: DemoDocument, file: DemoDocumentFile): Promise<Buffer> {
  const pdf = createPdfDocument({ title: d.title, language: d.locale });
  pdf.title(d.title);
  for (const p of file.paragraphs) pdf.paragraph(p);
  return pdf.finish();
}

const need = (ids: ReadonlyMap<string, string>, slug: string) => {
  const id = ids.get(slug);
  if (!id) throw new Error(`library demo: unknown organisation ${slug}`);
  return id;
};

/**
 * The demo library: handbooks, model acts and templates of the associations and academies of both
 * countries, each file a generated PDF whose text is searchable. The files go to `files` when given
 * (the server and the seed command give it); without one only the rows are written.
 */
export async function seedDemoLibrary(
  tx: Tx,
  orgIds: ReadonlyMap<string, string>,
  files: FileStore | undefined,
  now = new Date(),
): Promise<LibraryCounts> {
  const docRows: Array<typeof documents.$inferInsert> = [];
  const versionRows: Array<typeof documentVersions.$inferInsert> = [];
  for (const d of demoDocuments) {
    const id = randomUUID();
    const organisationId = need(orgIds, d.publisher);
    const { files: demoFiles, publisher: _p, audience, daysAgo, country, ...fields } = d;
    const created = new Date(now.getTime() - daysAgo * day);
    for (const [i, file] of demoFiles.entries()) {
      const data = await demoPdf(d, file);
      const storageKey = `library/${organisationId}/${randomUUID()}`;
      if (files) await files.put(storageKey, data, 'application/pdf');
      versionRows.push({
        documentId: id,
        organisationId,
        version: i + 1,
        note: file.note ?? '',
        fileName: file.fileName,
        contentType: 'application/pdf',
        size: data.length,
        storageKey,
        text: file.paragraphs.join('\n'),
        createdAt: new Date(created.getTime() + i * 7 * day),
      });
    }
    const current = demoFiles.at(-1)?.paragraphs.join('\n') ?? '';
    docRows.push({
      ...fields,
      id,
      organisationId,
      audienceId: audience ? need(orgIds, audience) : null,
      countryCode: country,
      currentVersion: demoFiles.length,
      search: documentSearch(fields, current),
      createdAt: created,
      updatedAt: new Date(created.getTime() + (demoFiles.length - 1) * 7 * day),
    });
  }
  await insertInChunks(tx, documents, docRows);
  await insertInChunks(tx, documentVersions, versionRows);
  return { documents: docRows.length, versions: versionRows.length };
}
