import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { invalid } from '../errors';

export type Upload = { name: string; data: Buffer; fields: Record<string, string> };

/** Limits of its own for one kind of upload (the library's handbooks are larger than the rest). */
export type UploadLimits = { fileSize: number; fieldSize: number };

/** The file's bytes; one over a route's own limit is refused on `file` rather than as a bare 413. */
async function fileBytes(part: MultipartFile, limits: UploadLimits | undefined): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (e) {
    if (limits && (e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalid('file', 'file_too_large', { maxMb: limits.fileSize / 1_048_576 });
    throw e;
  }
}

/**
 * The one file of a multipart request (field `file`) and its text fields. Without `limits` the size
 * limit is the multipart plugin's (UPLOAD_MAX_MB): a larger file ends in 413 before anything is stored.
 */
export async function readUpload(req: FastifyRequest, limits?: UploadLimits): Promise<Upload> {
  if (!req.isMultipart()) throw invalid('file', 'required');
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  const parts = req.parts(limits ? { limits: { ...limits, files: 1, fields: 4, parts: 5 } } : undefined);
  for await (const part of parts) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw invalid(part.fieldname, 'unknown_field');
      file = { name: part.filename, data: await fileBytes(part, limits) };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw invalid('file', 'required');
  return { ...file, fields };
}
