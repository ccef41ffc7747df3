import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let hrNp: Client;
let hrKv: Client;
let manager: Client;
let self: Client;
let ownFile: string;
let colleagueFile: string;

const pdfOf = (id: string) => `/api/v1/employees/${id}/personal-data/pdf`;
/** The document title as pdfkit writes it into the file's properties: UTF-16BE with a byte order mark. */
const titled = (pdf: Buffer, title: string) =>
  pdf.toString('latin1').includes(Buffer.from(`\ufeff${title}`, 'utf16le').swap16().toString('latin1'));

async function hire(person: Record<string, unknown>, organisationId: string, positionId: string) {
  const res = await hrNp.post('/api/v1/employees', {
    organisationId,
    ...person,
    employment: { positionId, contractType: 'permanent', startsOn: '2020-03-01' },
  });
  return res.json().id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  const np = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  const kv = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const finance = await t.unit(np, 'Одељење за финансије');
  const urbanism = await t.unit(np, 'Одељење за урбанизам');
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: np });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kv });
  await t.user({ email: 'mgr@np.example', role: 'manager', organisationId: np, orgUnitId: finance.id });
  const selfId = await t.user({ email: 'emp@np.example', role: 'employee', organisationId: np });
  [hrNp, hrKv, manager, self] = await Promise.all(
    ['hr@np.example', 'hr@kv.example', 'mgr@np.example', 'emp@np.example'].map((e) =>
      t.login(e, undefined, 'sr-Cyrl'),
    ),
  );
  const act = (await hrNp.post('/api/v1/systematisations', { organisationId: np, number: '1/2020' })).json()
    .id;
  const position = async (orgUnitId: string, name: string) =>
    (
      await hrNp.post('/api/v1/positions', {
        systematisationId: act,
        orgUnitId,
        name,
        category: 'official',
        titleCode: 'savetnik',
        executors: 2,
      })
    ).json().id as string;
  const planner = await position(urbanism.id, 'Урбаниста');
  const accountant = await position(finance.id, 'Рачунополагач');
  await hrNp.post(`/api/v1/systematisations/${act}/adopt`, {
    actDate: '2020-01-01',
    validFrom: '2020-01-15',
  });
  ownFile = await hire({ givenName: 'Ана', familyName: 'Анић', nationalId: '0101990710008' }, np, planner);
  colleagueFile = await hire(
    { givenName: 'Марко', familyName: 'Марић', nationalId: '0606965710006' },
    np,
    accountant,
  );
  await hrNp.patch(`/api/v1/employees/${ownFile}`, { userId: selfId });
});
afterAll(() => t.close());

describe('personal data export as PDF', () => {
  it('gives the person their own file as a PDF attachment in their language', async () => {
    const res = await self.get(pdfOf(ownFile));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(res.rawPayload.toString('latin1')).toContain('DejaVuSans');
    expect(titled(res.rawPayload, 'Лични подаци: Ана Анић')).toBe(true);
  });

  it('prints in the language the request asks for', async () => {
    const english = await t.login('emp@np.example', undefined, 'en');
    const res = await english.get(pdfOf(ownFile));
    expect(titled(res.rawPayload, 'Personal data of Ana Anić')).toBe(true);
  });

  it('gives it to the HR office of the municipality and audits the read like the JSON export', async () => {
    const res = await hrNp.get(pdfOf(ownFile));
    expect(res.statusCode).toBe(200);
    const events = (
      await hrNp.get(`/api/v1/audit-events?action=employee.data-export&entityId=${ownFile}&limit=200`)
    ).json().items;
    expect(events.map((e: { actorEmail: string }) => e.actorEmail)).toEqual(
      expect.arrayContaining(['emp@np.example', 'hr@np.example']),
    );
    const log = (await self.get(`/api/v1/employees/${ownFile}/personal-data`)).json().accessLog;
    expect(log.filter((e: { action: string }) => e.action === 'employee.data-export').length).toBe(
      events.length,
    );
  });

  it('refuses another municipality (404), managers (their unit 403, outside it 404) and anonymous callers', async () => {
    expect((await hrKv.get(pdfOf(ownFile))).statusCode).toBe(404);
    expect((await manager.get(pdfOf(ownFile))).statusCode).toBe(404);
    expect((await manager.get(pdfOf(colleagueFile))).statusCode).toBe(403);
    expect((await self.get(pdfOf(colleagueFile))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: pdfOf(ownFile) })).statusCode).toBe(401);
  });
});
