import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentVersion, LibraryDocument } from '../../../contracts/library-documents';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { anonymous, libraryRows, pdfWith, storedFiles, upload } from '../../test/library-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let w: AdvisoryWorld;
let handbook: LibraryDocument;
let pdf: Buffer;

const ids = (res: { json(): unknown }) => (res.json() as { items: LibraryDocument[] }).items.map((d) => d.id);

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
  pdf = await pdfWith(
    'Приручник о оцењивању службеника',
    'Оцењивање службеника спроводи се једном годишње на основу постигнутих радних циљева.',
    'Непосредни руководилац води разговор са службеником и записује договорене мере за развој.',
  );
  const res = await upload(w.c.hr, w.municipality, { name: 'приручник.pdf', data: pdf });
  expect(res.statusCode, res.body).toBe(201);
  handbook = res.json() as LibraryDocument;
});
afterAll(async () => {
  await t?.close();
});

describe('library documents', () => {
  it('reads the text of a PDF so a word inside it finds it in the other script', async () => {
    expect(handbook).toMatchObject({
      organisationId: w.municipality,
      organisationName: 'Нови Пазар',
      kind: 'handbook',
      visibility: 'public',
      versionCount: 1,
      canManage: true,
      current: { version: 1, fileName: 'приручник.pdf', contentType: 'application/pdf', searchable: true },
    });
    // "razvoj" is only in the file's text, never in the title, summary or tags.
    const found = await w.c.otherHr.get('/api/v1/documents?q=razgovor%20razvoj');
    expect(found.statusCode, found.body).toBe(200);
    const [item] = (found.json() as { items: LibraryDocument[] }).items;
    expect(item?.id).toBe(handbook.id);
    expect(item?.canManage).toBe(false);
    expect(item?.excerpt).toContain('разговор');
    const latin = await pdfWith('Priručnik', 'Kadrovski plan se usvaja uz budžet za narednu godinu.');
    const plan = await upload(
      w.c.hr,
      w.municipality,
      { name: 'plan.pdf', data: latin },
      { locale: 'sr-Latn' },
    );
    expect(plan.statusCode, plan.body).toBe(201);
    expect(ids(await anonymous(t, '/api/v1/public/documents?q=буџет'))).toEqual([plan.json().id]);
    expect(ids(await anonymous(t, '/api/v1/public/documents?q=нема%20такве%20речи'))).toEqual([]);
  });

  it('keeps every version, newest current, and downloads the current one by default', async () => {
    const next = await w.c.hr.upload(
      `/api/v1/documents/${handbook.id}/versions`,
      { name: 'измене.txt', data: 'Нова верзија: оцена се уписује у персонални регистар.' },
      { note: 'Усклађено са изменама закона' },
    );
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({
      versionCount: 2,
      current: { version: 2, note: 'Усклађено са изменама закона', contentType: 'text/plain; charset=utf-8' },
    });
    const history = await w.c.otherHr.get(`/api/v1/documents/${handbook.id}/versions`);
    expect((history.json() as { items: DocumentVersion[] }).items.map((v) => v.version)).toEqual([2, 1]);
    // The search follows the current text: the new word finds it, in Latin.
    expect(ids(await w.c.hr.get('/api/v1/documents?q=personalni%20registar'))).toEqual([handbook.id]);

    const current = await anonymous(t, `/api/v1/public/documents/${handbook.id}/file`);
    expect(current.statusCode).toBe(200);
    expect(current.body).toContain('персонални регистар');
    expect(current.headers['content-disposition']).toContain("filename*=UTF-8''%D0%B8%D0%B7");
    const first = await w.c.bgHr.get(`/api/v1/documents/${handbook.id}/file?version=1`);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.rawPayload.equals(pdf)).toBe(true);
    expect((await w.c.hr.get(`/api/v1/documents/${handbook.id}/file?version=7`)).statusCode).toBe(404);

    const counted = (await w.c.hr.get(`/api/v1/documents/${handbook.id}`)).json() as LibraryDocument;
    expect(counted.downloads).toBe(2);
    expect(counted.current.downloads).toBe(1);
    const versions = (await w.c.hr.get(`/api/v1/documents/${handbook.id}/versions`)).json() as {
      items: DocumentVersion[];
    };
    expect(versions.items.map((v) => v.downloads)).toEqual([1, 1]);
  });

  it('shows network documents to the signed-in and organisation ones to publisher and audience', async () => {
    const network = await upload(
      w.c.expert,
      w.body,
      { name: 'mreža.txt', data: 'Smernice za mrežu kadrovskih službi.' },
      { visibility: 'network', title: 'Smernice za mrežu' },
    );
    expect(network.statusCode, network.body).toBe(201);
    const kept = await upload(
      w.c.expert,
      w.body,
      { name: 'za-opstinu.txt', data: 'Nacrt pravilnika za jednu opštinu.' },
      { visibility: 'organisation', audienceId: w.municipality, title: 'Nacrt za Novi Pazar' },
    );
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json()).toMatchObject({ audienceId: w.municipality, audienceNameLatin: 'Novi Pazar' });
    const networkId = network.json().id as string;
    const keptId = kept.json().id as string;

    expect((await anonymous(t, `/api/v1/public/documents/${networkId}`)).statusCode).toBe(404);
    expect(ids(await anonymous(t, '/api/v1/public/documents'))).not.toContain(networkId);
    expect((await anonymous(t, `/api/v1/public/documents/${networkId}/file`)).statusCode).toBe(404);
    expect((await anonymous(t, '/api/v1/documents')).statusCode).toBe(401);
    expect((await w.c.bgHr.get(`/api/v1/documents/${networkId}`)).statusCode).toBe(200);

    expect((await w.c.hr.get(`/api/v1/documents/${keptId}`)).statusCode).toBe(200);
    expect(ids(await w.c.hr.get(`/api/v1/documents?organisationId=${w.body}`))).toContain(keptId);
    expect((await w.c.otherHr.get(`/api/v1/documents/${keptId}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get(`/api/v1/documents/${keptId}/versions`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get(`/api/v1/documents/${keptId}/file`)).statusCode).toBe(404);
    expect(ids(await w.c.otherHr.get('/api/v1/documents?limit=100'))).not.toContain(keptId);
    expect((await anonymous(t, `/api/v1/public/documents/${keptId}`)).statusCode).toBe(404);
  });

  it('lets only the publisher add versions, edit and delete', async () => {
    const file = { name: 'x.txt', data: 'Текст.' };
    const before = await libraryRows(t);
    const files = await storedFiles(t);
    expect((await upload(w.c.employee, w.municipality, file)).statusCode).toBe(403);
    expect((await upload(w.c.otherHr, w.municipality, file)).statusCode).toBe(404);
    const url = `/api/v1/documents/${handbook.id}`;
    expect((await w.c.otherHr.upload(`${url}/versions`, file)).statusCode).toBe(403);
    expect((await w.c.otherHr.patch(url, { title: 'Туђи наслов' })).statusCode).toBe(403);
    expect((await w.c.otherHr.delete(url)).statusCode).toBe(403);
    expect((await w.c.employee.delete(url)).statusCode).toBe(403);
    expect(await libraryRows(t)).toEqual(before);
    expect(await storedFiles(t)).toBe(files);

    const patched = await w.c.hr.patch(url, { title: 'Водич кроз годишње оцењивање', tags: ['водич'] });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(ids(await w.c.hr.get('/api/v1/documents?q=vodic%20godisnje'))).toEqual([handbook.id]);
    expect(ids(await w.c.hr.get('/api/v1/documents?tag=водич'))).toEqual([handbook.id]);
    const leak = await w.c.hr.patch(url, { audienceId: w.other });
    expect(leak.json().errors).toEqual([expect.objectContaining({ field: 'audienceId' })]);
  });

  it('refuses a bad upload by naming the field and writes nothing', async () => {
    const before = await libraryRows(t);
    const files = await storedFiles(t);
    const refused = async (res: { statusCode: number; body: string; json(): unknown }, field: string) => {
      expect(res.statusCode, res.body).toBe(400);
      const { errors } = res.json() as { errors: Array<{ field: string; message: string }> };
      expect(errors[0]?.field).toBe(field);
      expect(errors[0]?.message).not.toMatch(/^field\./);
    };
    const text = { name: 'a.txt', data: 'Текст.' };
    await refused(await upload(w.c.hr, w.municipality, { name: 'lažni.pdf', data: 'није PDF' }), 'file');
    await refused(
      await upload(w.c.hr, w.municipality, { name: 'prazan.pdf', data: Buffer.alloc(0) }),
      'file',
    );
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1_048_576)]);
    await refused(await upload(w.c.hr, w.municipality, { name: 'velik.pdf', data: big }), 'file');
    await refused(await upload(w.c.hr, w.municipality, text, { topics: ['astrology'] }), 'topics');
    await refused(await upload(w.c.hr, w.municipality, text, { audienceId: w.other }), 'audienceId');
    await refused(
      await upload(w.c.expert, w.body, text, { visibility: 'organisation', audienceId: w.bgMunicipality }),
      'audienceId',
    );
    await refused(await upload(w.c.hr, w.municipality, text, { title: 'x' }), 'title');
    await refused(await w.c.hr.upload('/api/v1/documents', text, { metadata: '{' }), 'metadata');
    expect(await libraryRows(t)).toEqual(before);
    expect(await storedFiles(t)).toBe(files);
  });

  it('deletes a document with its stored files', async () => {
    const res = await upload(w.c.hr, w.municipality, { name: 'obrisati.txt', data: 'Privremeno.' });
    const files = await storedFiles(t);
    expect((await w.c.hr.delete(`/api/v1/documents/${res.json().id}`)).statusCode).toBe(204);
    expect(await storedFiles(t)).toBe(files - 1);
    expect((await w.c.hr.get(`/api/v1/documents/${res.json().id}`)).statusCode).toBe(404);
  });
});
