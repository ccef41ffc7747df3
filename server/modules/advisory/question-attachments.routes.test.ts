import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionDetail } from '../../../contracts/advisory-questions';
import { systemScope } from '../../db/tenancy';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { questionAttachments } from './advisory.tables';

let t: TestApp;
let w: AdvisoryWorld;
let question: QuestionDetail;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const url = () => `/api/v1/questions/${question.id}/attachments`;

const storedFiles = async () =>
  (
    await readdir(path.join(t.config.dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(
      () => [],
    )
  ).filter((e) => e.isFile()).length;

const attachmentRows = () =>
  t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(questionAttachments);
    return row?.n ?? 0;
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
  const res = await w.c.hr.post('/api/v1/questions', {
    organisationId: w.municipality,
    bodyId: w.body,
    title: 'Решење о распоређивању',
    text: 'Прилажемо нацрт решења.',
    areaCode: 'employment',
    subtopicCode: 'systematisation',
  });
  expect(res.statusCode, res.body).toBe(201);
  question = res.json() as QuestionDetail;
});
afterAll(async () => {
  await t?.close();
});

describe('question attachments', () => {
  it('takes a file from the asker and the expert and lets both sides download it', async () => {
    const up = await w.c.hr.upload(url(), { name: 'нацрт решења.pdf', data: pdf });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({
      fileName: 'нацрт решења.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
    expect((await w.c.expert.upload(url(), { name: 'scan.png', data: png })).statusCode).toBe(201);
    const down = await w.c.expert.get(`${url()}/${up.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(pdf)).toBe(true);
    const detail = (await w.c.hr.get(`/api/v1/questions/${question.id}`)).json() as QuestionDetail;
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['нацрт решења.pdf', 'scan.png']);
  });

  it('keeps files from everyone else', async () => {
    const [first] = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(questionAttachments).where(eq(questionAttachments.questionId, question.id)),
    );
    const file = { name: 'a.pdf', data: pdf };
    for (const c of [w.c.otherHr, w.c.bgExpert]) {
      expect((await c.upload(url(), file)).statusCode).toBe(404);
      expect((await c.get(`${url()}/${first?.id}`)).statusCode).toBe(404);
    }
    for (const c of [w.c.employee, w.c.manager]) {
      expect((await c.upload(url(), file)).statusCode).toBe(403);
      expect((await c.get(`${url()}/${first?.id}`)).statusCode).toBe(403);
    }
    // An attachment is reached only through its own question.
    const other = await w.c.hr.post('/api/v1/questions', {
      organisationId: w.municipality,
      bodyId: w.body,
      title: 'Друго питање',
      text: 'Текст.',
      areaCode: 'finance',
      subtopicCode: 'budget',
    });
    expect(
      (await w.c.hr.get(`/api/v1/questions/${other.json().id}/attachments/${first?.id}`)).statusCode,
    ).toBe(404);
  });

  it('refuses fake, empty and oversized files, storing nothing', async () => {
    const files = await storedFiles();
    const rows = await attachmentRows();
    const fake = await w.c.hr.upload(url(), {
      name: 'contract.pdf',
      data: 'This is only text, renamed .pdf',
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().errors[0]).toMatchObject({ field: 'file', code: 'unsupported_file_type' });
    const empty = await w.c.hr.upload(url(), { name: 'a.pdf', data: Buffer.alloc(0) });
    expect(empty.json().errors[0]).toMatchObject({ field: 'file', code: 'file_empty' });
    const huge = await w.c.hr.upload(url(), {
      name: 'a.pdf',
      data: Buffer.concat([pdf, Buffer.alloc(10 * 1_048_576)]),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    const extra = await w.c.hr.upload(url(), { name: 'a.pdf', data: pdf }, { title: 'x' });
    expect(extra.json().errors[0]).toMatchObject({ field: 'title', code: 'unknown_field' });
    expect(await storedFiles()).toBe(files);
    expect(await attachmentRows()).toBe(rows);
  });
});
