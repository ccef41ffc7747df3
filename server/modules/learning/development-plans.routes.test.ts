import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevelopmentPlan } from '../../../contracts/development-plans';
import { systemScope } from '../../db/tenancy';
import { insertProgramme, type LearningWorld, learningWorld } from '../../test/learning-fixture';
import { insertEnrolmentRow, insertSessionRows } from '../../test/learning-rows';
import { startTestApp, type TestApp } from '../../test/test-app';
import { trainingNeeds } from '../appraisals/appraisals.tables';
import { competencies } from '../competencies/competencies.tables';
import { progressOf } from './development-plans.service';

let t: TestApp;
let w: LearningWorld;
let competency: string;
let suggested: string;
let plan: DevelopmentPlan;
const base = '/api/v1/development-plans';

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
  competency = await t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx
      .insert(competencies)
      .values({
        countryCode: 'RS',
        code: `DP-${Math.random().toString(36).slice(2, 8)}`,
        kind: 'general_functional',
        name: 'Дигитална писменост',
        nameLatin: 'Digitalna pismenost',
        nameEn: 'Digital literacy',
        groups: ['executive'],
      })
      .returning({ id: competencies.id });
    return (row as { id: string }).id;
  });
  suggested = await insertProgramme(t, w.academy, 'RS', { competencyIds: [competency] });
  await t.tenancy.run(systemScope, (tx) =>
    tx.insert(trainingNeeds).values([
      {
        organisationId: w.municipality,
        employeeId: w.employeeRecord,
        year: 2031,
        source: 'competency_gap',
        competencyId: competency,
      },
      {
        organisationId: w.municipality,
        employeeId: w.employeeRecord,
        year: 2031,
        source: 'appraisal',
        text: 'Јавне набавке',
      },
    ]),
  );
});
afterAll(() => t.close());

describe('drafting a plan', () => {
  it('is for HR and the line manager, from the recorded needs', async () => {
    const body = { employeeId: w.employeeRecord, year: 2031 };
    expect((await w.c.employee.post(base, body)).statusCode).toBe(403);
    expect((await w.c.otherHr.post(base, body)).statusCode).toBe(404);
    expect((await w.c.manager.post(base, { ...body, year: 1999 })).json().errors[0].field).toBe('year');
    const res = await w.c.manager.post(base, body);
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json();
    expect(plan).toMatchObject({ status: 'draft', year: 2031, progress: 0, employeeComment: '' });
    expect(plan.items).toEqual([
      expect.objectContaining({
        kind: 'training',
        competencyId: competency,
        competencyName: {
          name: 'Дигитална писменост',
          nameLatin: 'Digitalna pismenost',
          nameEn: 'Digital literacy',
        },
        programmeId: suggested,
        completed: false,
      }),
      expect.objectContaining({
        kind: 'goal',
        text: 'Јавне набавке',
        programmeId: null,
        competencyName: null,
      }),
    ]);
    expect(plan.items[0]?.programmeTitle?.nameEn).toBe('Administrative procedure in practice');
    const again = await w.c.hr.post(base, { ...body, fromNeeds: false });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('development_plan_exists');
  });

  it('is read by HR, the manager and the employee, not by another municipality', async () => {
    for (const client of [w.c.hr, w.c.manager, w.c.employee])
      expect((await client.get(`${base}/${plan.id}`)).statusCode).toBe(200);
    expect((await w.c.otherHr.get(`${base}/${plan.id}`)).statusCode).toBe(404);
    expect(
      (await w.c.employee.get(`${base}?mine=true`)).json().items.map((p: { id: string }) => p.id),
    ).toEqual([plan.id]);
    expect(
      (await w.c.hr.get(`${base}?year=2031&organisationId=${w.municipality}`)).json().items,
    ).toHaveLength(1);
    expect((await w.c.otherHr.get(base)).json().items).toEqual([]);
    expect((await w.c.hr.get(`${base}?year=nonsense`)).json().errors[0].field).toBe('year');
  });
});

describe('items', () => {
  it('are edited by HR and the manager, and progress counts what is done', async () => {
    const url = `${base}/${plan.id}/items`;
    expect((await w.c.employee.post(url, { kind: 'goal', text: 'Сам' })).statusCode).toBe(403);
    expect((await w.c.otherHr.post(url, { kind: 'goal', text: 'Туђ' })).statusCode).toBe(404);
    expect(
      (await w.c.hr.post(url, { kind: 'training', programmeId: w.bgProgramme })).json().errors[0],
    ).toMatchObject({
      field: 'programmeId',
      code: 'unknown_programme',
    });
    expect((await w.c.hr.post(url, { kind: 'goal', quarter: 5 })).json().errors[0].field).toBe('quarter');
    const added = await w.c.hr.post(url, { kind: 'goal', text: 'Менторство новом колеги', quarter: 3 });
    expect(added.statusCode, added.body).toBe(201);
    const items = (added.json() as DevelopmentPlan).items;
    expect(items).toHaveLength(3);
    const [training, goal, mentoring] = items as [
      DevelopmentPlan['items'][0],
      DevelopmentPlan['items'][0],
      DevelopmentPlan['items'][0],
    ];
    await w.c.manager.patch(`${url}/${goal.id}`, { status: 'done' });
    const dropped = await w.c.manager.patch(`${url}/${mentoring.id}`, { status: 'dropped' });
    expect(dropped.json().progress).toBe(0.5);
    expect((await w.c.otherHr.patch(`${url}/${training.id}`, { status: 'done' })).statusCode).toBe(404);
    expect((await w.c.hr.patch(`${url}/${w.programme}`, { status: 'done' })).statusCode).toBe(404);
    const removed = await w.c.hr.delete(`${url}/${mentoring.id}`);
    expect(removed.json().items).toHaveLength(2);
  });

  it('marks a training completed when the person completed a session of it that year', async () => {
    const session = await insertSessionRows(t, {
      organiserId: w.academy,
      programmeId: suggested,
      status: 'completed',
      days: [{ date: '2031-04-10', startsAt: '09:00', endsAt: '15:00' }],
    });
    await insertEnrolmentRow(t, {
      session,
      organiserId: w.academy,
      organisationId: w.municipality,
      employeeId: w.employeeRecord,
      status: 'completed',
    });
    const got = (await w.c.employee.get(`${base}/${plan.id}`)).json() as DevelopmentPlan;
    expect(got.items.find((i) => i.programmeId === suggested)?.completed).toBe(true);
  });

  it('counts progress over items not dropped', () => {
    expect(progressOf([])).toBe(0);
    expect(progressOf([{ status: 'done' }, { status: 'dropped' }, { status: 'planned' }])).toBe(0.5);
  });
});

describe('agreeing and commenting', () => {
  it('lets the manager agree once', async () => {
    expect((await w.c.employee.post(`${base}/${plan.id}/agree`)).statusCode).toBe(403);
    expect((await w.c.otherHr.post(`${base}/${plan.id}/agree`)).statusCode).toBe(404);
    const res = await w.c.manager.post(`${base}/${plan.id}/agree`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'agreed' });
    expect(res.json().agreedByName).toBeTruthy();
    expect(res.json().agreedAt).toBeTruthy();
    expect((await w.c.hr.post(`${base}/${plan.id}/agree`)).json().code).toBe('development_plan_agreed');
  });

  it('lets only the employee comment', async () => {
    expect((await w.c.manager.post(`${base}/${plan.id}/comment`, { comment: 'Не' })).statusCode).toBe(403);
    expect((await w.c.otherHr.post(`${base}/${plan.id}/comment`, { comment: 'Не' })).statusCode).toBe(404);
    expect((await w.c.employee.post(`${base}/${plan.id}/comment`, {})).json().errors[0].field).toBe(
      'comment',
    );
    const res = await w.c.employee.post(`${base}/${plan.id}/comment`, { comment: 'Слажем се са планом.' });
    expect(res.json().employeeComment).toBe('Слажем се са планом.');
  });

  it('is deleted by HR only within the municipality', async () => {
    expect((await w.c.otherHr.delete(`${base}/${plan.id}`)).statusCode).toBe(404);
    expect((await w.c.employee.delete(`${base}/${plan.id}`)).statusCode).toBe(403);
    expect((await w.c.hr.delete(`${base}/${plan.id}`)).statusCode).toBe(204);
    expect((await w.c.hr.get(`${base}/${plan.id}`)).statusCode).toBe(404);
  });
});
