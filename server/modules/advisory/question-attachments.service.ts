import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { QuestionAttachment } from '../../../contracts/advisory-questions';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import type { Upload } from '../../platform/http/upload';
import { questionAttachments } from './advisory.tables';
import { advicePermission, onAskerSide, onExpertSide } from './question-sides';
import { toAttachment } from './question-view';
import { questionsRepo as repo } from './questions.repo';

/** Documents a question may carry, recognised by their bytes: PDF, office documents, images. */
export const attachmentTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'image/jpeg',
  'image/png',
  'image/webp',
] as const;

/** Bounded here too, whatever UPLOAD_MAX_MB allows the other uploads. */
export const attachmentMaxBytes = 10 * 1_048_576;

/** A file name safe to echo in a header: no path, no control characters, bounded. */
const cleanName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? 'attachment').replace(/[\p{Cc}"]/gu, '').slice(0, 200) || 'attachment';

async function checkedType(upload: Upload): Promise<string> {
  const extra = Object.keys(upload.fields)[0];
  if (extra) throw invalid(extra, 'unknown_field');
  if (upload.data.length === 0) throw invalid('file', 'file_empty');
  if (upload.data.length > attachmentMaxBytes) throw new AppError(413, 'payload_too_large');
  const type = await fileTypeFromBuffer(upload.data);
  if (!type || !(attachmentTypes as readonly string[]).includes(type.mime))
    throw invalid('file', 'unsupported_file_type');
  return type.mime;
}

export type QuestionAttachmentsService = ReturnType<typeof createQuestionAttachmentsService>;

export function createQuestionAttachmentsService({ tenancy, files }: { tenancy: Tenancy; files: FileStore }) {
  const scope = access.scopeOf;

  return {
    /**
     * The file is checked before anything is written; the bytes are stored under a fresh key and
     * removed again if the row cannot be written, so no file is left without its record.
     */
    async upload(actor: Actor, questionId: string, upload: Upload): Promise<QuestionAttachment> {
      access.require(actor, advicePermission(actor));
      const contentType = await checkedType(upload);
      return tenancy.run(scope(actor), async (tx) => {
        const question = await repo.find(tx, actor, questionId);
        if (!question) throw notFound('question');
        if (!onAskerSide(actor, question) && !onExpertSide(actor, question))
          throw new AppError(403, 'forbidden', { permission: 'advice.ask' });
        const key = `questions/${question.bodyId}/${question.id}/${randomUUID()}`;
        await files.put(key, upload.data, contentType);
        try {
          const [row] = await tx
            .insert(questionAttachments)
            .values({
              questionId,
              organisationId: question.organisationId,
              bodyId: question.bodyId,
              fileName: cleanName(upload.name),
              contentType,
              size: upload.data.length,
              storageKey: key,
              uploadedBy: actor.userId,
            })
            .returning();
          const attachment = toAttachment(row as typeof questionAttachments.$inferSelect);
          await recordAudit(tx, actor, {
            organisationId: question.organisationId,
            action: 'question.attachment.upload',
            entityType: 'question',
            entityId: questionId,
            after: attachment,
          });
          return attachment;
        } catch (e) {
          await files.delete(key);
          throw e;
        }
      });
    },

    async download(actor: Actor, questionId: string, attachmentId: string) {
      access.require(actor, advicePermission(actor));
      const found = await tenancy.read(scope(actor), async (tx) => {
        const question = await repo.find(tx, actor, questionId);
        if (!question) throw notFound('question');
        const [row] = await tx
          .select()
          .from(questionAttachments)
          .where(
            and(eq(questionAttachments.id, attachmentId), eq(questionAttachments.questionId, questionId)),
          );
        if (!row) throw notFound('attachment');
        return row;
      });
      try {
        return {
          data: await files.get(found.storageKey),
          contentType: found.contentType,
          fileName: found.fileName,
        };
      } catch {
        throw new AppError(404, 'not_found', { entity: 'attachment_content' });
      }
    },
  };
}
