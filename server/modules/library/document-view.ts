import type { z } from 'zod';
import type { Locale } from '../../../contracts/access';
import type {
  DocumentVersion,
  documentKindSchema,
  documentVariantSchema,
  LibraryDocument,
} from '../../../contracts/library-documents';
import { foldForSearch } from '../../platform/i18n/transliterate';
import type { DocumentRow, DocumentView, VersionRow } from './documents.repo';

/** What is folded into `search`: the title, summary, tags and the current version's text. */
export const documentSearch = (d: Pick<DocumentRow, 'title' | 'summary' | 'tags'>, text: string): string =>
  foldForSearch([d.title, d.summary, d.tags.join(' '), text].join(' '));

/** The text's part of a stored `search` (after title, summary and tags), folded already. */
export const foldedTextOf = (d: Pick<DocumentRow, 'title' | 'summary' | 'tags' | 'search'>): string =>
  d.search.slice(foldForSearch([d.title, d.summary, d.tags.join(' ')].join(' ')).length + 1);

export const toVersion = (
  v: DocumentView['current'] | (VersionRow & { searchable?: boolean }),
): DocumentVersion => ({
  version: v.version,
  note: v.note,
  fileName: v.fileName,
  contentType: v.contentType,
  size: v.size,
  searchable: 'text' in v ? v.text !== '' : Boolean(v.searchable),
  downloads: v.downloads,
  uploadedAt: v.createdAt.toISOString(),
});

export function toDocument(view: DocumentView, canManage: boolean, excerpt: string | null): LibraryDocument {
  const { row } = view;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: view.organisationName,
    organisationNameLatin: view.organisationNameLatin,
    audienceId: row.audienceId,
    audienceName: view.audienceName,
    audienceNameLatin: view.audienceNameLatin,
    countryCode: row.countryCode,
    kind: row.kind as z.infer<typeof documentKindSchema>,
    variant: row.variant as z.infer<typeof documentVariantSchema> | null,
    title: row.title,
    summary: row.summary,
    locale: row.locale as Locale,
    topics: row.topics,
    tags: row.tags,
    visibility: row.visibility as LibraryDocument['visibility'],
    current: toVersion(view.current),
    versionCount: view.versionCount,
    downloads: row.downloads,
    excerpt,
    canManage,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const excerptChars = 200;
/** How far around the estimated place the matching word is looked for. */
const window = 200;

function firstMatch(text: string, offset: number, wanted: string[]) {
  for (const m of text.matchAll(/\S+/g)) {
    const folded = foldForSearch(m[0]);
    if (wanted.some((w) => folded.includes(w))) return { at: offset + (m.index ?? 0), word: m[0] };
  }
  return null;
}

/**
 * About 200 characters of `text` around the first word that matches one of the searched words
 * (compared folded, so either script finds it), cut at word boundaries; null when none matches.
 * The place is found in the folded text (the stored `search` holds it: folding a long text again
 * for every result cost more than the query); folding changes lengths a little, so the word itself is
 * then looked for near the proportional spot, and in the whole text only if it is not there.
 */
export function excerptOf(text: string, q: string | undefined, folded = foldForSearch(text)): string | null {
  const wanted = q ? foldForSearch(q).split(/\s+/).filter(Boolean) : [];
  if (wanted.length === 0 || !text) return null;
  const places = wanted.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
  if (places.length === 0) return null;
  const estimate = Math.floor((Math.min(...places) * text.length) / Math.max(folded.length, 1));
  const from = Math.max(0, estimate - window);
  const match = firstMatch(text.slice(from, estimate + window), from, wanted) ?? firstMatch(text, 0, wanted);
  if (!match) return null;
  const { at, word } = match;
  const left = Math.max(0, at - excerptChars / 2);
  const right = Math.min(text.length, at + excerptChars / 2 + word.length);
  const cut = left === 0 ? 0 : text.slice(left, at).search(/\s/);
  const start = cut <= 0 ? left : left + cut + 1;
  const space =
    right === text.length ? -1 : Math.max(text.lastIndexOf(' ', right), text.lastIndexOf('\n', right));
  const end = space > at ? space : right;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
