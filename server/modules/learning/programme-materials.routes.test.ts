import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeMaterial } from '../../../contracts/learning-catalogue';
import { insertProgramme, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

/** A real (tiny) PDF and PNG: materials are accepted by their bytes. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let t: TestApp;
let w: LearningWorld;
let draftProgramme: string;

const storedFiles = async () =>
  (
    await readdir(path.join(t.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(
      () => [],
    )
  ).filter((e) => e.isFile()).length;

const materialsUrl = (programme: string) => `/api/v1/programmes/${programme}/materials`;
const open = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  // A small upload limit, so the oversized case stays small.
  t = await startTestApp({ UPLOAD_MAX_MB: '1' });
  w = await learningWorld(t);
  draftProgramme = await insertProgramme(t, w.academy, 'RS', { status: 'draft' });
});
afterAll(() => t.close());

describe('programme materials', () => {
  let handout: ProgrammeMaterial;

  it('stores a handout and slides, shows them on the programme and serves the same bytes', async () => {
    const up = await w.c.admin.upload(
      materialsUrl(w.programme),
      { name: 'приручник.pdf', data: pdf },
      {
        title: 'Приручник за полазнике',
      },
    );
    expect(up.statusCode, up.body).toBe(201);
    handout = up.json();
    expect(handout).toMatchObject({
      title: 'Приручник за полазнике',
      fileName: 'приручник.pdf',
      size: pdf.length,
    });
    const image = await w.c.admin.upload(
      materialsUrl(w.programme),
      { name: 'slide.png', data: png },
      {
        title: 'Слајд',
      },
    );
    expect(image.json().contentType).toBe('image/png');
    const programme = (await w.c.hr.get(`/api/v1/programmes/${w.programme}`)).json();
    expect(programme.materials.map((m: ProgrammeMaterial) => m.title)).toEqual([
      'Приручник за полазнике',
      'Слајд',
    ]);
    const got = await w.c.hr.get(`${materialsUrl(w.programme)}/${handout.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''%D0%BF");
    const events = (await w.c.admin.get('/api/v1/audit-events?action=programme.material.upload')).json()
      .items;
    expect(events).toHaveLength(2);
  });

  it('serves a published programme’s material to anyone, a draft’s to nobody outside', async () => {
    const got = await open(`/api/v1/public/programmes/${w.programme}/materials/${handout.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const hidden = (
      await w.c.admin.upload(
        materialsUrl(draftProgramme),
        { name: 'draft.pdf', data: pdf },
        { title: 'Нацрт' },
      )
    ).json();
    expect(
      (await open(`/api/v1/public/programmes/${draftProgramme}/materials/${hidden.id}`)).statusCode,
    ).toBe(404);
    expect((await w.c.hr.get(`${materialsUrl(draftProgramme)}/${hidden.id}`)).statusCode).toBe(404);
    expect((await w.c.trainer.get(`${materialsUrl(draftProgramme)}/${hidden.id}`)).statusCode).toBe(200);
    // A material is reached only through its own programme.
    expect((await open(`/api/v1/public/programmes/${w.programme}/materials/${hidden.id}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses empty, oversized and unrecognised files and a missing title, storing nothing', async () => {
    const before = await storedFiles();
    const upload = (data: Buffer | string, fields: Record<string, string> = { title: 'x' }) =>
      w.c.admin.upload(materialsUrl(w.programme), { name: 'a.pdf', data }, fields);
    const empty = await upload(Buffer.alloc(0));
    expect(empty.json().errors[0]).toMatchObject({ field: 'file', code: 'file_empty' });
    const huge = await upload(Buffer.concat([pdf, Buffer.alloc(1_200_000)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    const html = await upload('<html><script>alert(1)</script></html>');
    expect(html.json().errors[0]).toMatchObject({ field: 'file', code: 'unsupported_material_type' });
    expect((await upload(pdf, {})).json().errors[0].field).toBe('title');
    expect((await upload(pdf, { title: 'x', kind: 'y' })).json().errors[0]).toMatchObject({
      field: 'kind',
      code: 'unknown_field',
    });
    expect(await storedFiles()).toBe(before);
    expect((await w.c.hr.get(`/api/v1/programmes/${w.programme}`)).json().materials).toHaveLength(2);
  });

  it('lets only the owner’s managers change materials', async () => {
    const url = `${materialsUrl(w.programme)}/${handout.id}`;
    const file = { name: 'a.pdf', data: pdf };
    expect((await w.c.hr.upload(materialsUrl(w.programme), file, { title: 'x' })).statusCode).toBe(403);
    expect((await w.c.bgAdmin.upload(materialsUrl(draftProgramme), file, { title: 'x' })).statusCode).toBe(
      404,
    );
    expect((await w.c.employee.upload(materialsUrl(w.programme), file, { title: 'x' })).statusCode).toBe(403);
    expect((await w.c.hr.delete(url)).statusCode).toBe(403);
    expect((await w.c.bgAdmin.delete(url)).statusCode).toBe(403);
    expect((await w.c.trainer.delete(url)).statusCode).toBe(403);
    expect((await w.c.hr.get(url)).statusCode).toBe(200);
  });

  it('deletes the record, then the stored bytes', async () => {
    const before = await storedFiles();
    const url = `${materialsUrl(w.programme)}/${handout.id}`;
    expect((await w.c.admin.delete(url)).statusCode).toBe(204);
    expect((await w.c.hr.get(url)).statusCode).toBe(404);
    expect((await w.c.admin.delete(url)).statusCode).toBe(404);
    expect(await storedFiles()).toBe(before - 1);
    expect((await w.c.hr.get(`/api/v1/programmes/${w.programme}`)).json().materials).toHaveLength(1);
  });
});
