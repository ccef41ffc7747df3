import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateVerificationSchema } from '../../../contracts/learning-certificates';
import {
  addEmployees,
  insertProgramme,
  type LearningWorld,
  learningWorld,
} from '../../test/learning-fixture';
import { insertEnrolmentRow, insertSessionRows, issueFor, type SessionRows } from '../../test/learning-rows';
import { pdfText } from '../../test/pdf-text';
import { startTestApp, type TestApp } from '../../test/test-app';

const days = [
  { date: '2026-03-10', startsAt: '09:00', endsAt: '15:30' },
  { date: '2026-03-11', startsAt: '09:00', endsAt: '13:00' },
];

describe('certificates', () => {
  let t: TestApp;
  let w: LearningWorld;
  let session: SessionRows;
  /** own: the employee user's place; djordje: a colleague without an account; stranger: another municipality. */
  const places = { own: '', djordje: '', failed: '', stranger: '' };
  const cert = { own: { id: '', code: '' }, djordje: { id: '', code: '' }, stranger: { id: '', code: '' } };
  const otherIds = { djordje: '', stranger: '' };

  beforeAll(async () => {
    t = await startTestApp();
    w = await learningWorld(t);
    session = await insertSessionRows(t, { organiserId: w.academy, programmeId: w.programme, days });
    [otherIds.djordje] = (await addEmployees(t, w.municipality, 1)) as [string];
    [otherIds.stranger] = (await addEmployees(t, w.other, 1)) as [string];
    const place = (organisationId: string, employeeId: string, extra: object = {}) =>
      insertEnrolmentRow(t, { session, organiserId: w.academy, organisationId, employeeId, ...extra });
    places.own = await place(w.municipality, w.employeeRecord, { participantUserId: w.ids.employee });
    places.djordje = await place(w.municipality, otherIds.djordje, {
      name: 'Ђорђе Ђорђевић',
      nameLatin: 'Đorđe Đorđević',
    });
    const [failedEmployee] = (await addEmployees(t, w.municipality, 1)) as [string];
    places.failed = await place(w.municipality, failedEmployee, { status: 'not_completed' });
    places.stranger = await place(w.other, otherIds.stranger, {
      name: 'Мира Мирић',
      nameLatin: 'Mira Mirić',
    });
  });
  afterAll(() => t.close());

  const list = async (who: keyof LearningWorld['c'], query = '') =>
    (await w.c[who].get(`/api/v1/certificates${query}`)).json().items as Array<{
      id: string;
      code: string;
      enrolmentId: string;
      holderName: string;
    }>;

  it('issues one certificate per completed place, once, with the session facts and a fresh code', async () => {
    const all = [places.own, places.djordje, places.failed, places.stranger];
    expect(await issueFor(t, session.id, all)).toBe(3);
    expect(await issueFor(t, session.id, all)).toBe(0);
    const items = await list('admin');
    expect(items).toHaveLength(3);
    for (const key of ['own', 'djordje', 'stranger'] as const) {
      const found = items.find((i) => i.enrolmentId === places[key]);
      cert[key] = { id: found?.id ?? '', code: found?.code ?? '' };
      expect(found?.code).toMatch(/^RS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
    expect(new Set(items.map((i) => i.code)).size).toBe(3);
    const own = (await w.c.employee.get(`/api/v1/certificates/${cert.own.id}`)).json();
    expect(own).toMatchObject({
      employeeId: w.employeeRecord,
      organisationId: w.municipality,
      issuerId: w.academy,
      issuerName: 'Национална академија',
      issuerNameLatin: 'Nacionalna akademija',
      holderName: 'Ана Анић',
      holderNameLatin: 'Ana Anić',
      programmeTitle: { nameEn: 'Administrative procedure in practice' },
      firstDay: '2026-03-10',
      lastDay: '2026-03-11',
      hours: 10.5,
      issuedOn: '2026-03-12',
      status: 'valid',
      revokedOn: null,
    });
    expect(own.registerNumber).toMatch(/^REG-/);
  });

  it('issues nothing for a programme without certificates', async () => {
    const programme = await insertProgramme(t, w.academy, 'RS', { issuesCertificate: false });
    const plain = await insertSessionRows(t, { organiserId: w.academy, programmeId: programme, days });
    const [employee] = (await addEmployees(t, w.municipality, 1)) as [string];
    const place = await insertEnrolmentRow(t, {
      session: plain,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: employee,
    });
    expect(await issueFor(t, plain.id, [place])).toBe(0);
  });

  it('shows each reader the certificates of the files they read or that their body issued', async () => {
    const ids = async (who: keyof LearningWorld['c'], query = '') =>
      (await list(who, query)).map((i) => i.id).sort();
    expect(await ids('hr')).toEqual([cert.own.id, cert.djordje.id].sort());
    expect(await ids('otherHr')).toEqual([cert.stranger.id]);
    expect(await ids('employee')).toEqual([cert.own.id]);
    expect(await ids('employee', '?mine=true')).toEqual([cert.own.id]);
    expect(await ids('hr', '?mine=true')).toEqual([]);
    expect(await ids('employee', `?employeeId=${w.employeeRecord}`)).toEqual([cert.own.id]);
    // The manager reads the files of their unit: the employee's, not the colleague's without a unit.
    expect(await ids('manager')).toEqual([cert.own.id]);
    expect(await ids('trainer')).toEqual([]);
    expect(await ids('bgHr')).toEqual([]);
    expect(await ids('admin', `?organisationId=${w.other}`)).toEqual([cert.stranger.id]);
    expect(await ids('admin', `?sessionId=${session.id}&employeeId=${otherIds.djordje}`)).toEqual([
      cert.djordje.id,
    ]);
    expect(await ids('otherHr', `?organisationId=${w.municipality}`)).toEqual([]);
  });

  it('finds a holder by name in either script, without diacritics, and by code', async () => {
    const names = async (q: string) =>
      (await list('hr', `?q=${encodeURIComponent(q)}`)).map((i) => i.holderName);
    expect(await names('djordjevic')).toEqual(['Ђорђе Ђорђевић']);
    expect(await names('Ђорђевић')).toEqual(['Ђорђе Ђорђевић']);
    expect(await names('ana anic')).toEqual(['Ана Анић']);
    expect(await names(cert.own.code.slice(3))).toEqual(['Ана Анић']);
  });

  it('pages with an opaque cursor and refuses a forged one', async () => {
    const first = (await w.c.admin.get('/api/v1/certificates?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await w.c.admin.get(`/api/v1/certificates?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items].map((i: { id: string }) => i.id);
    expect(new Set(seen).size).toBe(3);
    const forged = await w.c.admin.get('/api/v1/certificates?cursor=bm9wZQ');
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor' });
  });

  it('answers 404 for a certificate outside the reader’s files and body', async () => {
    for (const who of ['otherHr', 'bgHr', 'trainer'] as const)
      expect((await w.c[who].get(`/api/v1/certificates/${cert.own.id}`)).statusCode).toBe(404);
    expect((await w.c.employee.get(`/api/v1/certificates/${cert.djordje.id}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get(`/api/v1/certificates/${cert.own.id}/pdf`)).statusCode).toBe(404);
  });

  it('prints the certificate in the holder’s language and script, with the verification address', async () => {
    // Test accounts read English; the colleague without an account reads the country's language.
    const own = await w.c.employee.get(`/api/v1/certificates/${cert.own.id}/pdf`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain(`kadar-certificate-${cert.own.code}.pdf`);
    const en = await pdfText(own.rawPayload);
    for (const text of [
      'Nacionalna akademija',
      'CERTIFICATE',
      'Ana Anić',
      'Administrative procedure in practice',
      'Hours: 10.5',
      `Certificate number: ${cert.own.code}`,
      `http://kadar.test/verify/${cert.own.code}`,
      '10 March 2026 – 11 March 2026',
    ])
      expect(en).toContain(text);
    expect(en).not.toContain('Ана Анић');

    const sr = await pdfText((await w.c.hr.get(`/api/v1/certificates/${cert.djordje.id}/pdf`)).rawPayload);
    for (const text of [
      'Национална академија',
      'СЕРТИФИКАТ',
      'Ђорђе Ђорђевић',
      'Управни поступак у пракси',
      '10,5',
    ])
      expect(sr).toContain(text);

    const latin = await pdfText(
      (await w.c.hr.get(`/api/v1/certificates/${cert.djordje.id}/pdf?locale=sr-Latn`)).rawPayload,
    );
    for (const text of ['SERTIFIKAT', 'Đorđe Đorđević', 'Upravni postupak u praksi'])
      expect(latin).toContain(text);
    const wrong = await w.c.hr.get(`/api/v1/certificates/${cert.djordje.id}/pdf?locale=fr`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('locale');
  });

  it('prints a Bulgarian holder’s certificate in Bulgarian', async () => {
    const bgSession = await insertSessionRows(t, {
      organiserId: w.bgBody,
      programmeId: w.bgProgramme,
      country: 'BG',
      days,
    });
    const [employee] = (await addEmployees(t, w.bgMunicipality, 1)) as [string];
    const place = await insertEnrolmentRow(t, {
      session: bgSession,
      organiserId: w.bgBody,
      organisationId: w.bgMunicipality,
      employeeId: employee,
      name: 'Иван Петров',
      nameLatin: 'Ivan Petrov',
    });
    expect(await issueFor(t, bgSession.id, [place])).toBe(1);
    const [bg] = await list('bgHr');
    expect(bg?.code).toMatch(/^BG-/);
    const text = await pdfText((await w.c.bgHr.get(`/api/v1/certificates/${bg?.id}/pdf`)).rawPayload);
    for (const part of ['НСОРБ', 'УДОСТОВЕРЕНИЕ', 'Иван Петров', 'Местни данъци и такси'])
      expect(text).toContain(part);
  });

  it('verifies a code publicly, showing nothing beyond what the certificate shows', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${cert.own.code}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(Object.keys(certificateVerificationSchema.shape).sort());
    expect(body).toMatchObject({
      code: cert.own.code,
      status: 'valid',
      holderName: 'Ана Анић',
      issuerName: 'Национална академија',
      issuedOn: '2026-03-12',
      revokedOn: null,
    });
    for (const secret of [
      w.employeeRecord,
      w.municipality,
      w.academy,
      places.own,
      session.id,
      cert.own.id,
      '@',
    ])
      expect(res.body).not.toContain(secret);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/public/certificates/RS-0000-0000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().code).toBe('not_found');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/public/certificates/x' });
    expect(malformed.statusCode).toBe(400);
  });

  it('lets only the issuing body revoke, with a reason, once, and audits it', async () => {
    const url = `/api/v1/certificates/${cert.own.id}/revoke`;
    expect((await w.c.hr.post(url, { reason: 'Грешка' })).statusCode).toBe(403);
    expect((await w.c.employee.post(url, { reason: 'Грешка' })).statusCode).toBe(403);
    expect((await w.c.otherHr.post(url, { reason: 'Грешка' })).statusCode).toBe(404);
    expect((await w.c.bgAdmin.post(url, { reason: 'Грешка' })).statusCode).toBe(404);
    const empty = await w.c.admin.post(url, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('reason');
    expect((await w.c.hr.get(`/api/v1/certificates/${cert.own.id}`)).json().status).toBe('valid');

    const revoked = await w.c.admin.post(url, { reason: 'Присуство није утврђено' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokeReason: 'Присуство није утврђено' });
    expect(revoked.json().revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await w.c.admin.post(url, { reason: 'Поново' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('certificate_revoked');
    const events = (await w.c.hr.get('/api/v1/audit-events?action=certificate.revoke')).json().items;
    expect(events).toHaveLength(1);

    const text = await pdfText(
      (await w.c.employee.get(`/api/v1/certificates/${cert.own.id}/pdf`)).rawPayload,
    );
    expect(text).toContain('REVOKED');
    expect(text).toContain('Присуство није утврђено');
    const check = (
      await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${cert.own.code}` })
    ).json();
    expect(check).toMatchObject({ status: 'revoked', revokedOn: revoked.json().revokedOn });
  });
});

describe('certificate verification rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT_MAX: '3' });
  });
  afterAll(() => t.close());

  it('limits lookups per address, whatever cookie is sent, so codes cannot be guessed in bulk', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/certificates/RS-0000-000${i}`,
        headers: { cookie: `kadar_session=forged-${i}` },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });
});
