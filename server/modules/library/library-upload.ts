import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { extractText, getDocumentProxy } from 'unpdf';
import { invalid } from '../../platform/errors';
import { readUpload, type Upload } from '../../platform/http/upload';

/** Library files are larger than the other uploads: handbooks run to hundreds of pages. */
export const libraryMaxBytes = 20 * 1_048_576;
/** The text kept for search: enough for a long handbook, bounded so one row stays reasonable. */
export const textMaxChars = 1_000_000;

const pdf = 'application/pdf';
const plainText = 'text/plain; charset=utf-8';
/** Recognised by their bytes; plain text (which has no signature) only as a `.txt` file. */
export const libraryTypes = [
  pdf,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const;

/** Library files are read with limits of their own: `metadata` is a JSON part larger than the usual fields. */
export const readLibraryUpload = (req: FastifyRequest) =>
  readUpload(req, { fileSize: libraryMaxBytes, fieldSize: 20_000 });

/** A file name safe to echo in a header: no path, no control characters, bounded. */
export const cleanName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? 'document').replace(/[\p{Cc}"]/gu, '').slice(0, 200) || 'document';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 without control characters other than line breaks and tabs, or null. */
function asText(data: Buffer): string | null {
  try {
    const text = utf8.decode(data);
    // Control characters other than tab and line breaks mean a binary file, not text.
    return /[\p{Cc}]/u.test(text.replace(/[\t\n\r\f]/g, '')) ? null : text;
  } catch {
    return null;
  }
}

async function pdfText(data: Buffer): Promise<string> {
  try {
    const doc = await getDocumentProxy(new Uint8Array(data));
    const { text } = await extractText(doc, { mergePages: true });
    return text;
  } catch {
    // A damaged or encrypted PDF is still a PDF: it is kept, just not searchable.
    return '';
  }
}

export type CheckedFile = { fileName: string; contentType: string; size: number; text: string };

/**
 * The type by the file's content (a renamed file is refused) and the text read out of it for
 * search. Nothing is stored here: a refused file leaves no trace.
 */
export async function checkedFile(upload: Upload): Promise<CheckedFile> {
  if (upload.data.length === 0) throw invalid('file', 'file_empty');
  const fileName = cleanName(upload.name);
  const type = await fileTypeFromBuffer(upload.data);
  const base = { fileName, size: upload.data.length };
  if (type && (libraryTypes as readonly string[]).includes(type.mime)) {
    const text = type.mime === pdf ? await pdfText(upload.data) : '';
    return { ...base, contentType: type.mime, text: tidy(text) };
  }
  const text = !type && /\.txt$/i.test(fileName) ? asText(upload.data) : null;
  if (text === null) throw invalid('file', 'unsupported_document_type');
  return { ...base, contentType: plainText, text: tidy(text) };
}

/** Runs of spaces collapsed, capped for storage. */
const tidy = (text: string) =>
  text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, textMaxChars);
