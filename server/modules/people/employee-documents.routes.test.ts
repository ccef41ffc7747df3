import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

/** A real (tiny) PDF and PNG: the store accepts files by their bytes. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The suite runs against the default disk store and against S3 (s3rver, a local S3 server). */
const stores = [
  { name: 'disk', start: async () => ({ env: {}, stop: async () => {} }) },
  {
    name: 's3 (s3rver)',
    start: async () => {
      const directory = await mkdtemp(path.join(tmpdir(), 'kadar-s3-'));
      const server = new S3rver({
        address: '127.0.0.1',
        port: 0,
        silent: true,
        directory,
        configureBuckets: [{ name: 'kadar', configs: [] }],
      });
      const { port } = (await server.run()) as { port: number };
      return {
        env: { S3_URL: `http://S3RVER:S3RVER@127.0.0.1:${port}/kadar` },
        stop: async () => {
          await server.close();
          await rm(directory, { recursive: true, force: true });
        },
      };
    },
  },
];

describe.each(stores)('personnel file documents on $name', (store) => {
  let t: TestApp;
  let stop: () => Promise<void>;
  let hr: Client;
  let hrOther: Client;
  let self: Client;
  let fileId: string;

  const storedFiles = async () => {
    const dir = path.join(t.config.dataDir, 'files');
    return (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) =>
      e.isFile(),
    ).length;
  };

  beforeAll(async () => {
    const started = await store.start();
    stop = started.stop;
    t = await startTestApp(started.env);
    const np = await t.org({ name: 'Нови Пазар', kind: 'city' });
    const kv = await t.org({ name: 'Краљево', kind: 'city' });
    await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: np });
    await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kv });
    const selfId = await t.user({ email: 'emp@np.example', role: 'employee', organisationId: np });
    [hr, hrOther, self] = await Promise.all(
      ['hr@np.example', 'hr@kv.example', 'emp@np.example'].map((e) => t.login(e)),
    );
    fileId = (
      await hr.post('/api/v1/employees', {
        organisationId: np,
        givenName: 'Ана',
        familyName: 'Анић',
        nationalId: '0101990710008',
      })
    ).json().id;
    await hr.patch(`/api/v1/employees/${fileId}`, { userId: selfId });
  });
  afterAll(async () => {
    await t.close();
    await stop();
  });

  it('stores a PDF and an image, lists them, and serves the same bytes, auditing each download', async () => {
    const up = await hr.upload(
      `/api/v1/employees/${fileId}/documents`,
      { name: 'диплома.pdf', data: pdf },
      { kind: 'diploma', title: 'Диплома, Правни факултет' },
    );
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({
      kind: 'diploma',
      contentType: 'application/pdf',
      size: pdf.length,
      fileName: 'диплома.pdf',
    });
    const image = await hr.upload(
      `/api/v1/employees/${fileId}/documents`,
      { name: 'scan.png', data: png },
      { kind: 'identity', title: 'Скенирана лична карта' },
    );
    expect(image.json().contentType).toBe('image/png');
    const list = (await hr.get(`/api/v1/employees/${fileId}/documents`)).json().items;
    expect(list).toHaveLength(2);
    const got = await self.get(`/api/v1/employee-documents/${up.json().id}/content`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(pdf)).toBe(true);
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''%D0%B4");
    const events = (await hr.get(`/api/v1/audit-events?action=employee.document.download`)).json().items;
    expect(events).toHaveLength(1);
  });

  it('refuses a file whose bytes are not a document, a missing title and an unknown kind, storing nothing', async () => {
    const before = await storedFiles();
    const html = await hr.upload(
      `/api/v1/employees/${fileId}/documents`,
      { name: 'cv.pdf', data: '<html><script>alert(1)</script></html>' },
      { kind: 'other', title: 'CV' },
    );
    expect(html.json().errors[0]).toMatchObject({ field: 'file', code: 'unsupported_file_type' });
    const noTitle = await hr.upload(
      `/api/v1/employees/${fileId}/documents`,
      { name: 'a.pdf', data: pdf },
      { kind: 'other' },
    );
    expect(noTitle.json().errors[0].field).toBe('title');
    const badKind = await hr.upload(
      `/api/v1/employees/${fileId}/documents`,
      { name: 'a.pdf', data: pdf },
      { kind: 'salary', title: 'x' },
    );
    expect(badKind.json().errors[0].field).toBe('kind');
    expect(await storedFiles()).toBe(before);
    expect((await hr.get(`/api/v1/employees/${fileId}/documents`)).json().items).toHaveLength(2);
  });

  it('keeps documents within the file’s readers and lets only the HR office change them', async () => {
    const doc = (await hr.get(`/api/v1/employees/${fileId}/documents`)).json().items[0];
    expect((await hrOther.get(`/api/v1/employees/${fileId}/documents`)).statusCode).toBe(404);
    expect((await hrOther.get(`/api/v1/employee-documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await hrOther.delete(`/api/v1/employee-documents/${doc.id}`)).statusCode).toBe(404);
    expect(
      (
        await self.upload(
          `/api/v1/employees/${fileId}/documents`,
          { name: 'a.pdf', data: pdf },
          { kind: 'other', title: 'x' },
        )
      ).statusCode,
    ).toBe(403);
    expect((await self.delete(`/api/v1/employee-documents/${doc.id}`)).statusCode).toBe(403);
  });

  it('deletes the record and then the stored bytes', async () => {
    const doc = (await hr.get(`/api/v1/employees/${fileId}/documents`)).json().items[0];
    const before = await storedFiles();
    expect((await hr.delete(`/api/v1/employee-documents/${doc.id}`)).statusCode).toBe(204);
    expect((await hr.get(`/api/v1/employee-documents/${doc.id}/content`)).statusCode).toBe(404);
    if (store.name === 'disk') expect(await storedFiles()).toBe(before - 1);
  });
});
