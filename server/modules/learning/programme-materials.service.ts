import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import type { Tx } from '../../db/client';
import { type DbScope, systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { FileStore } from '../../platform/files/file-store';
import type { Upload } from '../../platform/http/upload';
import { managedOrganisation } from './learning-organisations';
import { programmesRepo as repo } from './programmes.repo';
import { toMaterial } from './programmes.service';

/** Handouts and slides, recognised by their bytes: PDF, office documents, images. */
export const materialTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.spreadsheet',
  'image/jpeg',
  'image/png',
  'image/webp',
] as const;

const materialFields = z.object({ title: z.string().trim().min(1).max(300) }).strict();

/** A file name safe to echo in a header: no path, no control characters, bounded. */
const cleanName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? 'material').replace(/[\p{Cc}"]/gu, '').slice(0, 200) || 'material';

async function checkedUpload(upload: Upload) {
  const parsed = materialFields.safeParse(upload.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknown = issue?.code === 'unrecognized_keys';
    throw invalid(
      unknown ? String(issue.keys[0]) : String(issue?.path[0] ?? 'title'),
      unknown ? 'unknown_field' : 'invalid',
    );
  }
  if (upload.data.length === 0) throw invalid('file', 'file_empty');
  const type = await fileTypeFromBuffer(upload.data);
  if (!type || !(materialTypes as readonly string[]).includes(type.mime))
    throw invalid('file', 'unsupported_material_type');
  return { title: parsed.data.title, contentType: type.mime };
}

export type ProgrammeMaterialsService = ReturnType<typeof createProgrammeMaterialsService>;

export function createProgrammeMaterialsService({ tenancy, files }: { tenancy: Tenancy; files: FileStore }) {
  const scope = access.scopeOf;

  /** The programme, if the actor manages its owner: 404 when invisible, 403 when only readable. */
  async function managedProgramme(tx: Tx, actor: Actor, id: string) {
    const programme = await repo.find(tx, id);
    if (!programme) throw notFound('programme');
    await managedOrganisation(tx, actor, programme.ownerId);
    return programme;
  }

  async function downloadIn(dbScope: DbScope, programmeId: string, id: string, publishedOnly: boolean) {
    const material = await tenancy.read(dbScope, async (tx) => {
      const programme = await repo.find(tx, programmeId);
      if (!programme || (publishedOnly && programme.status !== 'published')) throw notFound('programme');
      const found = await repo.findMaterial(tx, programmeId, id);
      if (!found) throw notFound('material');
      return found;
    });
    try {
      return {
        data: await files.get(material.storageKey),
        contentType: material.contentType,
        fileName: material.fileName,
      };
    } catch {
      throw new AppError(404, 'not_found', { entity: 'material_content' });
    }
  }

  return {
    /**
     * The bytes are stored under a fresh key before the row is written; if the row cannot be
     * written they are removed again, so no file is left without its record.
     */
    async upload(actor: Actor, programmeId: string, upload: Upload): Promise<ProgrammeMaterial> {
      access.require(actor, 'learning.manage');
      const { title, contentType } = await checkedUpload(upload);
      return tenancy.run(scope(actor), async (tx) => {
        const programme = await managedProgramme(tx, actor, programmeId);
        const key = `programmes/${programme.id}/${randomUUID()}`;
        await files.put(key, upload.data, contentType);
        try {
          const row = await repo.insertMaterial(tx, {
            programmeId,
            ownerId: programme.ownerId,
            title,
            fileName: cleanName(upload.name),
            contentType,
            size: upload.data.length,
            storageKey: key,
            uploadedBy: actor.userId,
          });
          const material = toMaterial(row);
          await recordAudit(tx, actor, {
            organisationId: programme.ownerId,
            action: 'programme.material.upload',
            entityType: 'programme',
            entityId: programmeId,
            after: material,
          });
          return material;
        } catch (e) {
          await files.delete(key);
          throw e;
        }
      });
    },

    async download(actor: Actor, programmeId: string, id: string) {
      access.require(actor, 'learning.read');
      return downloadIn(scope(actor), programmeId, id, false);
    },

    /** A material of a published programme, for anyone. */
    publicDownload: (programmeId: string, id: string) => downloadIn(systemScope, programmeId, id, true),

    /** The row goes first (in the transaction); the bytes are removed once it has committed. */
    async delete(actor: Actor, programmeId: string, id: string): Promise<void> {
      access.require(actor, 'learning.manage');
      const material = await tenancy.run(scope(actor), async (tx) => {
        const programme = await managedProgramme(tx, actor, programmeId);
        const found = await repo.findMaterial(tx, programmeId, id);
        if (!found) throw notFound('material');
        await repo.deleteMaterial(tx, id);
        await recordAudit(tx, actor, {
          organisationId: programme.ownerId,
          action: 'programme.material.delete',
          entityType: 'programme',
          entityId: programmeId,
          before: toMaterial(found),
        });
        return found;
      });
      await files.delete(material.storageKey);
    },
  };
}
