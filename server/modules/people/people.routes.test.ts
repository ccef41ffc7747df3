import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../../platform/files/file-store';
import { readSpreadsheet } from '../../platform/xlsx/spreadsheet';
import { type Client, startTestApp, type TestApp } from '../../test/test-app';
import { applyRetention } from './retention';

let t: TestApp;
let noviPazar: string;
let kraljevo: string;
let smolyan: string;
let finance: { id: string; path: string };
let taxes: { id: string; path: string };
let urbanism: { id: string; path: string };
let hrNp: Client;
let hrKv: Client;
let hrSm: Client;
let managerNp: Client;
let employeeNp: Client;
let employeeUserId: string;
let act: string;
let inspector: string;
let clerk: string;
let smolyanPosition: string;

type Created = {
  id: string;
  employments: Array<{ kind: string; endsOn: string | null; positionId: string }>;
};

async function hire(
  client: Client,
  organisationId: string,
  person: Record<string, unknown>,
  positionId?: string,
  startsOn = '2020-03-01',
) {
  const res = await client.post('/api/v1/employees', {
    organisationId,
    ...person,
    ...(positionId ? { employment: { positionId, contractType: 'permanent', startsOn } } : {}),
  });
  expect(res.json()).toMatchObject({ organisationId });
  return res.json() as Created;
}

async function adoptedAct(client: Client, organisationId: string, positions: Array<Record<string, unknown>>) {
  const v = (await client.post('/api/v1/systematisations', { organisationId, number: '1/2020' })).json();
  const ids: string[] = [];
  for (const p of positions)
    ids.push(
      (await client.post('/api/v1/positions', { systematisationId: v.id, executors: 3, ...p })).json().id,
    );
  await client.post(`/api/v1/systematisations/${v.id}/adopt`, {
    actDate: '2020-01-01',
    validFrom: '2020-01-15',
  });
  return { id: v.id as string, positions: ids };
}

beforeAll(async () => {
  t = await startTestApp();
  noviPazar = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  kraljevo = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  smolyan = await t.org({ name: 'Смолян', nameLatin: 'Smolyan', country: 'BG' });
  finance = await t.unit(noviPazar, 'Одељење за финансије');
  taxes = await t.unit(noviPazar, 'Одсек за локалне приходе', finance.path);
  urbanism = await t.unit(noviPazar, 'Одељење за урбанизам');
  const smUnit = await t.unit(smolyan, 'Дирекция „Финанси“');
  await t.user({ email: 'hr@np.example', role: 'hr_officer', organisationId: noviPazar });
  await t.user({ email: 'hr@kv.example', role: 'hr_officer', organisationId: kraljevo });
  await t.user({ email: 'hr@sm.example', role: 'hr_officer', organisationId: smolyan });
  await t.user({
    email: 'mgr@np.example',
    role: 'manager',
    organisationId: noviPazar,
    orgUnitId: finance.id,
  });
  employeeUserId = await t.user({ email: 'emp@np.example', role: 'employee', organisationId: noviPazar });
  [hrNp, hrKv, hrSm, managerNp, employeeNp] = await Promise.all(
    ['hr@np.example', 'hr@kv.example', 'hr@sm.example', 'mgr@np.example', 'emp@np.example'].map((e) =>
      t.login(e),
    ),
  );
  const np = await adoptedAct(hrNp, noviPazar, [
    {
      orgUnitId: taxes.id,
      code: '1',
      name: 'Порески инспектор',
      category: 'official',
      titleCode: 'savetnik',
    },
    { orgUnitId: urbanism.id, code: '2', name: 'Референт', category: 'official', titleCode: 'referent' },
  ]);
  act = np.id;
  [inspector, clerk] = np.positions as [string, string];
  const sm = await adoptedAct(hrSm, smolyan, [
    {
      orgUnitId: smUnit.id,
      code: '1',
      name: 'Главен експерт',
      category: 'official',
      titleCode: 'glaven_ekspert',
    },
  ]);
  smolyanPosition = sm.positions[0] as string;
});
afterAll(() => t.close());

describe('personnel file', () => {
  it('checks the JMBG, derives birth date, gender and the Latin name', async () => {
    const created = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Марија', familyName: 'Петровић', nationalId: '1505985785013' },
      inspector,
    );
    const file = (await hrNp.get(`/api/v1/employees/${created.id}`)).json();
    expect(file).toMatchObject({
      givenNameLatin: 'Marija',
      familyNameLatin: 'Petrović',
      birthDate: '1985-05-15',
      gender: 'female',
      status: 'active',
      positionId: inspector,
      orgUnitId: taxes.id,
      titleCode: 'savetnik',
      contractType: 'permanent',
      hiredOn: '2020-03-01',
    });
    expect(file.employments).toHaveLength(1);
  });

  it.each([
    ['1505985785010', 'national_id_checksum'],
    ['3102985785013', 'national_id_date'],
    ['12345', 'national_id_format'],
  ])('refuses JMBG %s with %s and stores nothing', async (nationalId, code) => {
    const res = await hrNp.post('/api/v1/employees', {
      organisationId: noviPazar,
      givenName: 'Пера',
      familyName: 'Перић',
      nationalId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0]).toMatchObject({ field: 'nationalId', code });
    const list = (await hrNp.get('/api/v1/employees?q=peric')).json();
    expect(list.items).toEqual([]);
  });

  it('checks an EGN in Bulgaria, where a JMBG is not a national ID', async () => {
    const jmbg = await hrSm.post('/api/v1/employees', {
      organisationId: smolyan,
      givenName: 'Иван',
      familyName: 'Иванов',
      nationalId: '0101990710008',
    });
    expect(jmbg.json().errors[0]).toMatchObject({ field: 'nationalId', code: 'national_id_format' });
    const ok = await hire(
      hrSm,
      smolyan,
      { givenName: 'Иван', familyName: 'Иванов', nationalId: '7501020018', gender: 'female' },
      smolyanPosition,
    );
    expect(ok).toMatchObject({ familyNameLatin: 'Ivanov', birthDate: '1975-01-02' });
  });

  it('refuses a birth date or gender that contradicts the ID, and a second file with the same ID', async () => {
    const wrongDate = await hrNp.post('/api/v1/employees', {
      organisationId: noviPazar,
      givenName: 'А',
      familyName: 'Б',
      nationalId: '0101990710008',
      birthDate: '1990-01-02',
    });
    expect(wrongDate.json().errors[0]).toMatchObject({ field: 'birthDate', code: 'national_id_mismatch' });
    const wrongGender = await hrNp.post('/api/v1/employees', {
      organisationId: noviPazar,
      givenName: 'А',
      familyName: 'Б',
      nationalId: '0101990710008',
      gender: 'female',
    });
    expect(wrongGender.json().errors[0]).toMatchObject({ field: 'gender', code: 'national_id_mismatch' });
    await hire(hrNp, noviPazar, { givenName: 'Милош', familyName: 'Јовановић', nationalId: '0101990710008' });
    const twice = await hrNp.post('/api/v1/employees', {
      organisationId: noviPazar,
      givenName: 'М',
      familyName: 'Ј',
      nationalId: '0101990710008',
    });
    expect(twice.json().errors[0]).toMatchObject({ field: 'nationalId', code: 'national_id_taken' });
  });

  it('records every read of a file in the audit log', async () => {
    const e = await hire(hrNp, noviPazar, {
      givenName: 'Ана',
      familyName: 'Анић',
      nationalId: '3112004710006',
    });
    await managerNp.get(`/api/v1/employees/${e.id}`);
    await hrNp.get(`/api/v1/employees/${e.id}`);
    const events = (await hrNp.get(`/api/v1/audit-events?entityId=${e.id}`)).json().items;
    expect(events.filter((ev: { action: string }) => ev.action === 'employee.read')).toHaveLength(1);
  });
});

describe('employment history', () => {
  it('closes the running record on a promotion and refuses dates before it', async () => {
    const e = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Вук', familyName: 'Вуковић', nationalId: '2902000715000', gender: null },
      clerk,
      '2021-01-01',
    );
    const early = await hrNp.post(`/api/v1/employees/${e.id}/employments`, {
      kind: 'promotion',
      positionId: inspector,
      contractType: 'permanent',
      startsOn: '2020-12-31',
    });
    expect(early.json().errors[0]).toMatchObject({ field: 'startsOn', code: 'before_current' });
    const promoted = (
      await hrNp.post(`/api/v1/employees/${e.id}/employments`, {
        kind: 'promotion',
        positionId: inspector,
        contractType: 'permanent',
        startsOn: '2023-06-01',
        actNumber: '112-3/2023',
        actDate: '2023-05-20',
      })
    ).json();
    expect(
      promoted.employments.map((r: { kind: string; endsOn: string | null }) => [r.kind, r.endsOn]),
    ).toEqual([
      ['promotion', null],
      ['hire', '2023-05-31'],
    ]);
    expect(promoted).toMatchObject({ positionId: inspector, titleCode: 'savetnik', hiredOn: '2021-01-01' });
  });

  it('accepts only positions of the act in force, of the same municipality', async () => {
    const e = await hire(hrNp, noviPazar, {
      givenName: 'Јана',
      familyName: 'Јанковић',
      nationalId: '0202992715008',
    });
    const draft = (
      await hrNp.post('/api/v1/systematisations', {
        organisationId: noviPazar,
        number: 'draft',
        copyFrom: act,
      })
    ).json();
    const draftPosition = (await hrNp.get(`/api/v1/positions?systematisationId=${draft.id}`)).json().items[0]
      .id;
    const notInForce = await hrNp.post(`/api/v1/employees/${e.id}/employments`, {
      positionId: draftPosition,
      contractType: 'permanent',
      startsOn: '2024-01-01',
    });
    expect(notInForce.json().errors[0]).toMatchObject({ field: 'positionId', code: 'position_not_in_force' });
    const foreign = await hrNp.post(`/api/v1/employees/${e.id}/employments`, {
      positionId: smolyanPosition,
      contractType: 'permanent',
      startsOn: '2024-01-01',
    });
    expect(foreign.json().errors[0]).toMatchObject({ field: 'positionId', code: 'unknown_position' });
    await hrNp.delete(`/api/v1/systematisations/${draft.id}`);
  });

  it('records leaving once and then refuses new employment', async () => {
    const e = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Лука', familyName: 'Лукић', nationalId: '0303980710001' },
      clerk,
    );
    const left = (
      await hrNp.post(`/api/v1/employees/${e.id}/leave`, { leftOn: '2024-09-30', reason: 'retirement' })
    ).json();
    expect(left).toMatchObject({ status: 'left', leftOn: '2024-09-30', leaveReason: 'retirement' });
    expect(left.employments[0].endsOn).toBe('2024-09-30');
    expect(
      (await hrNp.post(`/api/v1/employees/${e.id}/leave`, { leftOn: '2024-10-01', reason: 'other' })).json()
        .code,
    ).toBe('employee_left');
    const again = await hrNp.post(`/api/v1/employees/${e.id}/employments`, {
      positionId: clerk,
      contractType: 'permanent',
      startsOn: '2025-01-01',
    });
    expect(again.json().code).toBe('employee_left');
  });

  it('moves people to the copies of their positions when a new act is adopted', async () => {
    const e = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Сава', familyName: 'Савић', nationalId: '0404975710002' },
      inspector,
      '2019-05-01',
    );
    const v2 = (
      await hrNp.post('/api/v1/systematisations', {
        organisationId: noviPazar,
        number: '2/2025',
        copyFrom: act,
      })
    ).json();
    await hrNp.post(`/api/v1/systematisations/${v2.id}/adopt`, {
      actDate: '2025-06-01',
      validFrom: '2025-07-01',
    });
    const file = (await hrNp.get(`/api/v1/employees/${e.id}`)).json();
    expect(file.positionId).not.toBe(inspector);
    expect(
      file.employments.map(
        (r: { kind: string; startsOn: string; endsOn: string | null; actNumber: string | null }) => [
          r.kind,
          r.startsOn,
          r.endsOn,
          r.actNumber,
        ],
      ),
    ).toEqual([
      ['reassignment', '2025-07-01', null, '2/2025'],
      ['hire', '2019-05-01', '2025-06-30', null],
    ]);
    const staffing = (await hrNp.get(`/api/v1/systematisations/${v2.id}/staffing`)).json();
    const occupied = staffing.items.find((r: { orgUnitId: string }) => r.orgUnitId === taxes.id).occupied;
    expect(occupied).toBeGreaterThanOrEqual(2);
    expect(staffing.onSupersededPositions).toBe(0);
    act = v2.id;
    [inspector, clerk] = (await hrNp.get(`/api/v1/positions?systematisationId=${v2.id}`))
      .json()
      .items.map((p: { id: string }) => p.id);
  });
});

describe('directory', () => {
  it.each(['petrovic', 'PETROVIĆ', 'петровић', 'Petrovic Marija'])(
    'q=%s finds Петровић across scripts',
    async (q) => {
      const items = (await hrNp.get(`/api/v1/employees?q=${encodeURIComponent(q)}`)).json().items;
      expect(items.map((e: { familyName: string }) => e.familyName)).toEqual(['Петровић']);
    },
  );

  it('filters by unit subtree, title and status, and pages in the reader’s collation', async () => {
    const inFinance = (await hrNp.get(`/api/v1/employees?orgUnitId=${finance.id}&limit=200`)).json().items;
    expect(inFinance.length).toBeGreaterThan(0);
    expect(inFinance.every((e: { orgUnitId: string }) => e.orgUnitId === taxes.id)).toBe(true);
    const left = (await hrNp.get('/api/v1/employees?status=left')).json().items;
    expect(left.map((e: { familyNameLatin: string }) => e.familyNameLatin)).toEqual(['Lukić']);
    const names: string[] = [];
    let cursor = '';
    do {
      const page = (await hrNp.get(`/api/v1/employees?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      names.push(...page.items.map((e: { familyNameLatin: string }) => e.familyNameLatin));
      cursor = page.nextCursor ?? '';
    } while (cursor);
    // The test users read English: Latin forms, English collation.
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(names.length).toBeGreaterThanOrEqual(6);
  });
});

describe('who sees which file', () => {
  it('shows a manager only the people of their unit subtree', async () => {
    const outside = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Ђорђе', familyName: 'Ђорђевић', nationalId: '0505970710005' },
      clerk,
    );
    const seen = (await managerNp.get('/api/v1/employees?limit=200')).json().items;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e: { orgUnitId: string }) => e.orgUnitId === taxes.id)).toBe(true);
    expect((await managerNp.get(`/api/v1/employees/${outside.id}`)).statusCode).toBe(404);
    expect((await managerNp.patch(`/api/v1/employees/${seen[0].id}`, { phone: '1' })).statusCode).toBe(403);
  });

  it('shows an employee their own file only, once the HR officer links their account', async () => {
    const own = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Зоран', familyName: 'Зорић', nationalId: '0606965710006' },
      clerk,
    );
    expect((await employeeNp.get('/api/v1/employees')).json().items).toEqual([]);
    expect((await employeeNp.get('/api/v1/me/personnel-files')).json().items).toEqual([]);
    const linked = await hrNp.patch(`/api/v1/employees/${own.id}`, { userId: employeeUserId });
    expect(linked.json().userId).toBe(employeeUserId);
    expect((await employeeNp.get('/api/v1/me/personnel-files')).json().items).toEqual([
      { id: own.id, organisationId: noviPazar },
    ]);
    // The HR officer who can read the file does not own it.
    expect((await hrNp.get('/api/v1/me/personnel-files')).json().items).toEqual([]);
    const mine = (await employeeNp.get('/api/v1/employees')).json().items;
    expect(mine.map((e: { id: string }) => e.id)).toEqual([own.id]);
    expect((await employeeNp.get(`/api/v1/employees/${own.id}`)).statusCode).toBe(200);
    const other = (await hrNp.get('/api/v1/employees?q=petrovic')).json().items[0].id;
    expect((await employeeNp.get(`/api/v1/employees/${other}`)).statusCode).toBe(404);
    expect((await employeeNp.post('/api/v1/employees', { organisationId: noviPazar })).statusCode).toBe(403);
    const foreignUser = await hrNp.patch(`/api/v1/employees/${own.id}`, { userId: crypto.randomUUID() });
    expect(foreignUser.json().errors[0]).toMatchObject({ field: 'userId', code: 'not_a_member' });
  });

  it('answers 404 to another municipality’s HR officer and lists nothing of it', async () => {
    const np = (await hrNp.get('/api/v1/employees?q=petrovic')).json().items[0].id;
    expect((await hrKv.get(`/api/v1/employees/${np}`)).statusCode).toBe(404);
    expect((await hrKv.patch(`/api/v1/employees/${np}`, { phone: '1' })).statusCode).toBe(404);
    expect(
      (
        await hrKv.post(`/api/v1/employees/${np}/employments`, {
          positionId: clerk,
          contractType: 'permanent',
          startsOn: '2026-01-01',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await hrKv.post(`/api/v1/employees/${np}/leave`, { leftOn: '2026-01-01', reason: 'other' }))
        .statusCode,
    ).toBe(404);
    expect((await hrKv.get(`/api/v1/employees?organisationId=${noviPazar}`)).json().items).toEqual([]);
    const into = await hrKv.post('/api/v1/employees', {
      organisationId: noviPazar,
      givenName: 'X',
      familyName: 'Y',
      nationalId: '0707960710009',
    });
    expect(into.statusCode).toBe(404);
  });
});

describe('correction requests', () => {
  it('lets an employee ask, and the HR officer accept (applied) or reject, all audited', async () => {
    const own = (await employeeNp.get('/api/v1/employees')).json().items[0];
    const asked = await employeeNp.post(`/api/v1/employees/${own.id}/correction-requests`, {
      field: 'phone',
      proposed: '+381 20 123 456',
      message: 'Нови број',
    });
    expect(asked.statusCode).toBe(201);
    const other = await employeeNp.post(`/api/v1/employees/${own.id}/correction-requests`, {
      field: 'education',
      proposed: 'Мастер студије, Економски факултет, 2022.',
    });
    expect((await employeeNp.get('/api/v1/correction-requests')).json().items).toHaveLength(2);
    const queue = (await hrNp.get('/api/v1/correction-requests?status=pending')).json().items;
    expect(queue.map((r: { field: string }) => r.field)).toEqual(['education', 'phone']);

    const accepted = await hrNp.post(`/api/v1/correction-requests/${asked.json().id}/accept`, {});
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect((await hrNp.get(`/api/v1/employees/${own.id}`)).json().phone).toBe('+381 20 123 456');
    const noReason = await hrNp.post(`/api/v1/correction-requests/${other.json().id}/reject`, {});
    expect(noReason.json().errors[0].field).toBe('note');
    const rejected = await hrNp.post(`/api/v1/correction-requests/${other.json().id}/reject`, {
      note: 'Диплома?',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: 'Диплома?' });
    const twice = await hrNp.post(`/api/v1/correction-requests/${other.json().id}/accept`, {});
    expect(twice.json().code).toBe('correction_decided');
    const events = (await hrNp.get(`/api/v1/audit-events?entityId=${asked.json().id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'correction.accept',
      'correction.request',
    ]);
  });

  it('refuses requests about someone else’s file and decisions outside the HR office', async () => {
    const own = (await employeeNp.get('/api/v1/employees')).json().items[0];
    const someone = (await managerNp.get('/api/v1/employees')).json().items[0];
    expect(
      (
        await managerNp.post(`/api/v1/employees/${someone.id}/correction-requests`, {
          field: 'other',
          proposed: 'x',
        })
      ).json().code,
    ).toBe('not_own_file');
    expect(
      (
        await employeeNp.post(`/api/v1/employees/${someone.id}/correction-requests`, {
          field: 'other',
          proposed: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const asked = (
      await employeeNp.post(`/api/v1/employees/${own.id}/correction-requests`, {
        field: 'address',
        proposed: 'Улица 1',
      })
    ).json();
    expect((await employeeNp.post(`/api/v1/correction-requests/${asked.id}/accept`, {})).statusCode).toBe(
      403,
    );
    expect((await hrKv.post(`/api/v1/correction-requests/${asked.id}/accept`, {})).statusCode).toBe(404);
    expect((await hrKv.get('/api/v1/correction-requests')).json().items).toEqual([]);
    const bad = await employeeNp.post(`/api/v1/employees/${own.id}/correction-requests`, {
      field: 'salary',
      proposed: 'more',
    });
    expect(bad.json().errors[0].field).toBe('field');
  });
});

describe('directory export', () => {
  it('exports the current filter with the chosen columns in the reader’s language, audited', async () => {
    const hrSr = await t.login('hr@np.example', undefined, 'sr-Cyrl');
    const res = await hrSr.get(
      `/api/v1/employees/export?q=petrovic&columns=familyName,givenName,nationalId,unit,title,contractType,hiredOn`,
    );
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 20 });
    expect(sheet.headers).toEqual([
      'Презиме',
      'Име',
      'ЈМБГ',
      'Организациона јединица',
      'Звање',
      'Врста радног односа',
      'У радном односу од',
    ]);
    expect(sheet.rows).toEqual([
      [
        'Петровић',
        'Марија',
        '1505985785013',
        'Одсек за локалне приходе',
        'саветник',
        'на неодређено време',
        { date: '2020-03-01T00:00:00.000Z' },
      ],
    ]);
    const events = (await hrNp.get('/api/v1/audit-events?action=employee.export')).json().items;
    expect(events.length).toBeGreaterThan(0);
  });

  it('exports only what the reader may see, and refuses unknown columns', async () => {
    const res = await managerNp.get('/api/v1/employees/export?columns=familyNameLatin,unit');
    const sheet = await readSpreadsheet(res.rawPayload, { maxRows: 100, maxColumns: 20 });
    const visible = (await managerNp.get('/api/v1/employees?limit=200')).json().items;
    expect(sheet.rows).toHaveLength(visible.length);
    expect((await hrKv.get('/api/v1/employees/export?q=petrovic')).rawPayload.length).toBeGreaterThan(0);
    const kv = await readSpreadsheet((await hrKv.get('/api/v1/employees/export?q=petrovic')).rawPayload, {
      maxRows: 10,
      maxColumns: 20,
    });
    expect(kv.rows).toEqual([]);
    const bad = await hrNp.get('/api/v1/employees/export?columns=familyName,salary');
    expect(bad.json().errors[0]).toMatchObject({ field: 'columns', code: 'invalid_value' });
  });
});

describe('personal data export', () => {
  it('gives the person everything held about them, including who read their file', async () => {
    const own = (await employeeNp.get('/api/v1/employees')).json().items[0];
    await hrNp.get(`/api/v1/employees/${own.id}`);
    const res = await employeeNp.get(`/api/v1/employees/${own.id}/personal-data`);
    expect(res.statusCode).toBe(200);
    const data = res.json();
    expect(data.file).toMatchObject({ id: own.id, nationalId: '0606965710006' });
    expect(data.account).toMatchObject({ email: 'emp@np.example' });
    expect(data.correctionRequests.length).toBeGreaterThan(0);
    expect(data.accessLog.map((e: { action: string }) => e.action)).toContain('employee.read');
    expect(data.accessLog.some((e: { actorEmail: string }) => e.actorEmail === 'hr@np.example')).toBe(true);
  });

  it('is for the person and the HR office only', async () => {
    const own = (await employeeNp.get('/api/v1/employees')).json().items[0];
    expect((await hrNp.get(`/api/v1/employees/${own.id}/personal-data`)).statusCode).toBe(200);
    const inUnit = (await managerNp.get('/api/v1/employees')).json().items[0];
    expect((await managerNp.get(`/api/v1/employees/${inUnit.id}/personal-data`)).statusCode).toBe(403);
    expect((await hrKv.get(`/api/v1/employees/${own.id}/personal-data`)).statusCode).toBe(404);
  });
});

describe('retention', () => {
  it('lists files past the retention period and deletes them only when told to', async () => {
    const e = await hire(
      hrNp,
      noviPazar,
      { givenName: 'Стари', familyName: 'Радник', nationalId: '0808950710001' },
      clerk,
      '2000-01-01',
    );
    await hrNp.post(`/api/v1/employees/${e.id}/leave`, { leftOn: '2010-06-30', reason: 'retirement' });
    const files = createFileStore(t.config);
    const listed = await applyRetention(t.tenancy, files, {
      years: 10,
      apply: false,
      today: new Date('2026-01-01'),
    });
    expect(listed.files.map((f) => f.id)).toEqual([e.id]);
    expect((await hrNp.get(`/api/v1/employees/${e.id}`)).statusCode).toBe(200);
    await applyRetention(t.tenancy, files, { years: 10, apply: true, today: new Date('2026-01-01') });
    expect((await hrNp.get(`/api/v1/employees/${e.id}`)).statusCode).toBe(404);
    const recent = await applyRetention(t.tenancy, files, {
      years: 10,
      apply: true,
      today: new Date('2026-01-01'),
    });
    expect(recent.files).toEqual([]);
  });
});
