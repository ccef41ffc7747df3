import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { extractText, getDocumentProxy } from 'unpdf';
import { invalid } from '../../platform/errors';

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

export type LibraryUpload = {
  name: string;
  data: Buffer;
  fields: Record<string, string>;
};

/** The file's bytes; one over the limit is refused by name rather than as a bare 413. */
async function fileBytes(part: MultipartFile): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalid('file', 'file_too_large', { maxMb: libraryMaxBytes / 1_048_576 });
    throw e;
  }
}

/**
 * The one file (`file`) and the text fields of a library upload, read with the library's own
 * limits: a file over the limit is reported on `file` instead of ending in a bare 413.
 */
export async function readLibraryUpload(req: FastifyRequest): Promise<LibraryUpload> {
  if (!req.isMultipart()) throw invalid('file', 'required');
  const fields: Record<string, string> = {};
  let file: Omit<LibraryUpload, 'fields'> | null = null;
  const parts = req.parts({
    limits: { fileSize: libraryMaxBytes, files: 1, fields: 4, parts: 5, fieldSize: 20_000 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw invalid(part.fieldname, 'unknown_field');
      file = { name: part.filename, data: await fileBytes(part) };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw invalid('file', 'required');
  return { ...file, fields };
}

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
export async function checkedFile(upload: LibraryUpload): Promise<CheckedFile> {
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
