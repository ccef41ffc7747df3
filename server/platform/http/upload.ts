import type { FastifyRequest } from 'fastify';
import { invalid } from '../errors';

export type Upload = { name: string; data: Buffer; fields: Record<string, string> };

/**
 * The one file of a multipart request (field `file`) and its text fields. The size limit is the
 * multipart plugin's (UPLOAD_MAX_MB): a larger file ends in 413 before anything is stored.
 */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) throw invalid('file', 'required');
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) throw invalid(part.fieldname, 'unknown_field');
      file = { name: part.filename, data: await part.toBuffer() };
    } else fields[part.fieldname] = String(part.value);
  }
  if (!file) throw invalid('file', 'required');
  return { ...file, fields };
}
