import type { FastifyReply } from 'fastify';

/** The media types of the documents Kadar generates, by file extension. */
export const generatedTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type GeneratedKind = keyof typeof generatedTypes;

/** Sends a generated document as a download named `kadar-<name>.<kind>`. */
export const sendAttachment = (reply: FastifyReply, name: string, kind: GeneratedKind, bytes: Buffer) =>
  reply
    .header('content-type', generatedTypes[kind])
    .header('content-disposition', `attachment; filename="kadar-${name}.${kind}"`)
    .send(bytes);

/** RFC 6266: an ASCII fallback and the UTF-8 name, so Cyrillic file names survive the download. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Sends an uploaded file back under its own name and type, never sniffed into something else. */
export const sendStoredFile = (
  reply: FastifyReply,
  file: { data: Buffer; contentType: string; fileName: string },
) =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', disposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
