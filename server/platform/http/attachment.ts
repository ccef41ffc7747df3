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
