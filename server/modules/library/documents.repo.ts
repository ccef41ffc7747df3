import { and, desc, eq, getTableColumns, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LibraryQuery } from '../../../contracts/library-documents';
import type { Tx } from '../../db/client';
import type { DbScope } from '../../db/tenancy';
import { startsEveryWord } from '../../platform/i18n/word-search';
import { organisations } from '../organisations/organisations.tables';
import { documents, documentVersions } from './library.tables';

/** Every column but the word vector: long, and read by the search alone (it stays out of the audit too). */
const { searchWords: _vector, ...rowColumns } = getTableColumns(documents);
export type DocumentRow = Omit<typeof documents.$inferSelect, 'searchWords'>;
export type VersionRow = typeof documentVersions.$inferSelect;

/** Who reads: anyone (public documents only) or a signed-in scope (RLS draws the same line). */
export type Readers = { kind: 'public' } | { kind: 'signed_in'; scope: DbScope };

export function readableBy(readers: Readers): SQL | undefined {
  if (readers.kind === 'public') return eq(documents.visibility, 'public');
  const { all, orgIds } = readers.scope;
  if (all) return undefined;
  if (orgIds.length === 0) return ne(documents.visibility, 'organisation');
  return or(
    ne(documents.visibility, 'organisation'),
    inArray(documents.organisationId, [...orgIds]),
    inArray(documents.audienceId, [...orgIds]),
  );
}

const audience = alias(organisations, 'audience');
const current = alias(documentVersions, 'current');

/** The version columns a reader sees (never the storage key or the text). */
const versionColumns = {
  version: current.version,
  note: current.note,
  fileName: current.fileName,
  contentType: current.contentType,
  size: current.size,
  searchable: sql<boolean>`${current.text} <> ''`,
  downloads: current.downloads,
  createdAt: current.createdAt,
};

const columns = {
  row: rowColumns,
  organisationName: organisations.name,
  organisationNameLatin: organisations.nameLatin,
  audienceName: audience.name,
  audienceNameLatin: audience.nameLatin,
  current: versionColumns,
  versionCount: sql<number>`(select count(*)::int from ${documentVersions} v where v.document_id = ${documents.id})`,
  key: sql<string>`to_char(${documents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

export type DocumentView = {
  row: DocumentRow;
  organisationName: string;
  organisationNameLatin: string;
  audienceName: string | null;
  audienceNameLatin: string | null;
  current: Omit<VersionRow, 'id' | 'documentId' | 'organisationId' | 'storageKey' | 'text' | 'uploadedBy'> & {
    searchable: boolean;
  };
  versionCount: number;
  key: string;
};

const selectViews = (tx: Tx) =>
  tx
    .select(columns)
    .from(documents)
    .innerJoin(organisations, eq(organisations.id, documents.organisationId))
    .leftJoin(audience, eq(audience.id, documents.audienceId))
    .innerJoin(
      current,
      and(eq(current.documentId, documents.id), eq(current.version, documents.currentVersion)),
    );

export const documentsRepo = {
  /** Newest first; the keyset `after` is the last creation time and id seen. */
  list: (tx: Tx, readers: Readers, query: LibraryQuery, after: [string, string] | null) =>
    selectViews(tx)
      .where(
        and(
          readableBy(readers),
          query.country ? eq(documents.countryCode, query.country) : undefined,
          query.kind ? eq(documents.kind, query.kind) : undefined,
          query.topic ? sql`${documents.topics} @> array[${query.topic}]::text[]` : undefined,
          query.tag ? sql`${documents.tags} @> array[${query.tag}]::text[]` : undefined,
          query.locale ? eq(documents.locale, query.locale) : undefined,
          query.organisationId ? eq(documents.organisationId, query.organisationId) : undefined,
          ...startsEveryWord(documents.searchWords, query.q),
          after
            ? sql`(${documents.createdAt}, ${documents.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(documents.createdAt), desc(documents.id))
      .limit(query.limit + 1) as Promise<DocumentView[]>,

  find: async (tx: Tx, readers: Readers, id: string) =>
    (await selectViews(tx).where(and(eq(documents.id, id), readableBy(readers))))[0] as
      | DocumentView
      | undefined,

  /** The document row alone, locked until the transaction ends so two new versions cannot cross. */
  lock: async (tx: Tx, readers: Readers, id: string) =>
    (
      await tx
        .select(rowColumns)
        .from(documents)
        .where(and(eq(documents.id, id), readableBy(readers)))
        .for('update')
    )[0],

  /** The current version's texts of these documents, for excerpts. */
  texts: async (tx: Tx, ids: string[]) =>
    new Map(
      ids.length === 0
        ? []
        : (
            await tx
              .select({ id: documents.id, text: documentVersions.text })
              .from(documents)
              .innerJoin(
                documentVersions,
                and(
                  eq(documentVersions.documentId, documents.id),
                  eq(documentVersions.version, documents.currentVersion),
                ),
              )
              .where(inArray(documents.id, ids))
          ).map((r) => [r.id, r.text]),
    ),

  currentText: async (tx: Tx, row: DocumentRow) =>
    (
      await tx
        .select({ text: documentVersions.text })
        .from(documentVersions)
        .where(and(eq(documentVersions.documentId, row.id), eq(documentVersions.version, row.currentVersion)))
    )[0]?.text ?? '',

  versions: (tx: Tx, documentId: string) =>
    tx
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, documentId))
      .orderBy(desc(documentVersions.version)),

  version: async (tx: Tx, documentId: string, version: number) =>
    (
      await tx
        .select()
        .from(documentVersions)
        .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)))
    )[0],

  insert: async (tx: Tx, values: typeof documents.$inferInsert) =>
    (await tx.insert(documents).values(values).returning(rowColumns))[0] as DocumentRow,

  insertVersion: (tx: Tx, values: typeof documentVersions.$inferInsert) =>
    tx.insert(documentVersions).values(values),

  update: (tx: Tx, id: string, values: Partial<typeof documents.$inferInsert>) =>
    tx
      .update(documents)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(documents.id, id)),

  remove: (tx: Tx, id: string) => tx.delete(documents).where(eq(documents.id, id)),

  /** One more download of the version and of the document, counted in the rows themselves. */
  countDownload: async (tx: Tx, documentId: string, version: number) => {
    await tx
      .update(documentVersions)
      .set({ downloads: sql`${documentVersions.downloads} + 1` })
      .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
    await tx
      .update(documents)
      .set({ downloads: sql`${documents.downloads} + 1` })
      .where(eq(documents.id, documentId));
  },
};
