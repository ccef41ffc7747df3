import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { DocumentCreate } from '../../contracts/library-documents';
import { systemScope } from '../db/tenancy';
import { documents, documentVersions } from '../modules/library/library.tables';
import { createPdfDocument } from '../platform/pdf/pdf-document';
import type { Client, TestApp } from './test-app';

/** A real small PDF whose paragraphs are text a reader (and the search) can copy out. */
export async function pdfWith(title: string, ...paragraphs: string[]): Promise<Buffer> {
  const doc = createPdfDocument({ title });
  doc.title(title);
  for (const p of paragraphs) doc.paragraph(p);
  return doc.finish();
}

/** The fields of a new document, `metadata` of the upload; `overrides` replace them. */
export const metadata = (organisationId: string, overrides: Partial<DocumentCreate> = {}) => ({
  metadata: JSON.stringify({
    organisationId,
    kind: 'handbook',
    title: 'Приручник за оцењивање',
    locale: 'sr-Cyrl',
    topics: ['employment'],
    tags: ['оцењивање'],
    visibility: 'public',
    ...overrides,
  }),
});

export const upload = (
  client: Client,
  organisationId: string,
  file: { name: string; data: Buffer | string },
  overrides: Partial<DocumentCreate> = {},
) => client.upload('/api/v1/documents', file, metadata(organisationId, overrides));

/** Files in the test's store: a refused upload must leave none behind. */
export const storedFiles = async (t: TestApp) =>
  (
    await readdir(path.join(t.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(
      () => [],
    )
  ).filter((e) => e.isFile()).length;

export const libraryRows = (t: TestApp) =>
  t.tenancy.run(systemScope, async (tx) => {
    const [d] = await tx.select({ n: sql<number>`count(*)::int` }).from(documents);
    const [v] = await tx.select({ n: sql<number>`count(*)::int` }).from(documentVersions);
    return { documents: d?.n ?? 0, versions: v?.n ?? 0 };
  });

/** An anonymous GET: no cookie, no session. */
export const anonymous = (t: TestApp, url: string) => t.app.inject({ method: 'GET', url });
