import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedsAnalysis, NeedsSummary } from '../../../contracts/needs-analyses';
import { systemScope } from '../../db/tenancy';
import { mailOutbox } from '../../platform/mail/mail.tables';
import {
  addEmployees,
  insertProgramme,
  type LearningWorld,
  learningWorld,
} from '../../test/learning-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { trainingNeeds } from '../appraisals/appraisals.tables';
import { competencies } from '../competencies/competencies.tables';
import { annualProgrammeItems, annualProgrammes } from './planning.tables';

let t: TestApp;
let w: LearningWorld;
let competency: string;
let accredited: string;
let analysis: NeedsAnalysis;
const base = '/api/v1/needs-analyses';

const insertCompetency = (code: string) =>
  t.tenancy.run(systemScope, async (tx) => {
    const [row] = await tx
      .insert(competencies)
      .values({
        countryCode: 'RS',
        code,
        kind: 'general_functional',
        name: 'Управни поступак',
        nameLatin: 'Upravni postupak',
        nameEn: 'Administrative procedure',
        groups: ['executive'],
      })
      .returning({ id: competencies.id });
    return (row as { id: string }).id;
  });

const answer = (client = w.c.employee, over: object = {}) =>
  client.put(`${base}/${analysis.id}/survey/answer`, {
    topicAreas: ['public_finance'],
    competencyIds: [competency],
    priority: 'high',
    text: 'Обука за нови Закон о општем управном поступку',
    ...over,
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await learningWorld(t);
  competency = await insertCompetency(`NA-${Math.random().toString(36).slice(2, 8)}`);
  await insertProgramme(t, w.academy, 'RS', {
    competencyIds: [competency],
    accreditation: 'none',
    registerNumber: null,
  });
  accredited = await insertProgramme(t, w.academy, 'RS', { competencyIds: [competency] });
  const [second] = await addEmployees(t, w.municipality, 1);
  await t.tenancy.run(systemScope, (tx) =>
    tx.insert(trainingNeeds).values([
      {
        organisationId: w.municipality,
        employeeId: w.employeeRecord,
        year: 2031,
        source: 'competency_gap',
        competencyId: competency,
        requiredLevel: 3,
        ratedLevel: 2,
      },
      {
        organisationId: w.municipality,
        employeeId: second as string,
        year: 2031,
        source: 'competency_gap',
        competencyId: competency,
      },
      {
        organisationId: w.municipality,
        employeeId: second as string,
        year: 2031,
        source: 'appraisal',
        text: 'Енглески језик',
      },
      {
        organisationId: w.municipality,
        employeeId: second as string,
        year: 2030,
        source: 'appraisal',
        text: 'Друга година',
      },
    ]),
  );
});
afterAll(() => t.close());

describe('the needs analysis', () => {
  it('is started once per municipality and year', async () => {
    const res = await w.c.hr.post(base, { organisationId: w.municipality, year: 2031 });
    expect(res.statusCode, res.body).toBe(201);
    analysis = res.json();
    expect(analysis).toMatchObject({
      status: 'open',
      surveyInvited: 0,
      surveyAnswered: 0,
      surveyOpensOn: null,
    });
    const again = await w.c.hr.post(base, { organisationId: w.municipality, year: 2031 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('needs_analysis_exists');
    const list = await w.c.hr.get(`${base}?organisationId=${w.municipality}`);
    expect(list.json().items.map((a: NeedsAnalysis) => a.id)).toEqual([analysis.id]);
  });

  it('is HR work of its own municipality', async () => {
    expect((await w.c.employee.post(base, { organisationId: w.municipality, year: 2032 })).statusCode).toBe(
      403,
    );
    expect((await w.c.manager.get(`${base}/${analysis.id}`)).statusCode).toBe(403);
    expect((await w.c.otherHr.post(base, { organisationId: w.municipality, year: 2032 })).statusCode).toBe(
      404,
    );
    expect((await w.c.otherHr.get(`${base}?organisationId=${w.municipality}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get(`${base}/${analysis.id}`)).statusCode).toBe(404);
    expect((await w.c.otherHr.get(`${base}/${analysis.id}/summary`)).statusCode).toBe(404);
    expect((await w.c.bgHr.post(`${base}/${analysis.id}/close`)).statusCode).toBe(404);
    const bad = await w.c.hr.post(base, { organisationId: w.municipality, year: 1999 });
    expect(bad.json().errors[0]).toMatchObject({ field: 'year' });
  });

  it('takes triggers of the pack’s topic areas and the country’s competencies', async () => {
    const url = `${base}/${analysis.id}/triggers`;
    const trigger = {
      kind: 'regulation',
      description: 'Нови закон о буџетском систему',
      topicArea: 'public_finance',
      people: 12,
    };
    const res = await w.c.hr.post(url, trigger);
    expect(res.statusCode, res.body).toBe(201);
    const second = await w.c.hr.post(url, {
      ...trigger,
      topicArea: null,
      competencyId: competency,
      people: 3,
    });
    expect(second.statusCode).toBe(201);
    const badTopic = await w.c.hr.post(url, { ...trigger, topicArea: 'local_taxes' });
    expect(badTopic.json().errors[0]).toMatchObject({ field: 'topicArea', code: 'unknown_topic_area' });
    const badCompetency = await w.c.hr.post(url, { ...trigger, competencyId: w.programme });
    expect(badCompetency.json().errors[0]).toMatchObject({
      field: 'competencyId',
      code: 'unknown_competency',
    });
    expect((await w.c.hr.post(url, { ...trigger, people: 0 })).json().errors[0].field).toBe('people');
    expect((await w.c.otherHr.post(url, trigger)).statusCode).toBe(404);
    const extra = (await w.c.hr.post(url, { ...trigger, kind: 'other' })).json();
    expect((await w.c.otherHr.delete(`${url}/${extra.id}`)).statusCode).toBe(404);
    expect((await w.c.hr.delete(`${url}/${extra.id}`)).statusCode).toBe(204);
    expect((await w.c.hr.delete(`${url}/${extra.id}`)).statusCode).toBe(404);
    expect((await w.c.hr.get(url)).json().items).toHaveLength(2);
  });
});

describe('the survey', () => {
  it('cannot be answered before it opens', async () => {
    expect((await answer()).statusCode).toBe(409);
    expect((await w.c.employee.get('/api/v1/needs-survey/mine')).json().items).toEqual([]);
  });

  it('opens until a day and e-mails the employees with an account', async () => {
    expect(
      (await w.c.hr.post(`${base}/${analysis.id}/survey/open`, { closesOn: '2000-01-01' })).json().errors[0],
    ).toMatchObject({ field: 'closesOn', code: 'in_the_past' });
    expect(
      (await w.c.employee.post(`${base}/${analysis.id}/survey/open`, { closesOn: '2099-12-31' })).statusCode,
    ).toBe(403);
    const res = await w.c.hr.post(`${base}/${analysis.id}/survey/open`, { closesOn: '2099-12-31' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ surveyInvited: 1, surveyClosesOn: '2099-12-31' });
    const mails = await t.tenancy.run(systemScope, (tx) =>
      tx.select().from(mailOutbox).where(eq(mailOutbox.template, 'needs_survey_open')),
    );
    expect(mails.length).toBeGreaterThanOrEqual(1);
  });

  it('takes one answer per person, which they may change', async () => {
    const mine = (await w.c.employee.get('/api/v1/needs-survey/mine')).json();
    expect(mine.items).toEqual([
      expect.objectContaining({ analysisId: analysis.id, year: 2031, closesOn: '2099-12-31', answer: null }),
    ]);
    expect((await answer(w.c.employee, { priority: 'low' })).statusCode).toBe(200);
    const again = await answer();
    expect(again.statusCode, again.body).toBe(200);
    expect((await w.c.employee.get('/api/v1/needs-survey/mine')).json().items[0].answer).toMatchObject({
      priority: 'high',
    });
    expect((await answer(w.c.manager, { forUnit: true, topicAreas: [], text: '' })).statusCode).toBe(200);
    expect((await w.c.hr.get(`${base}/${analysis.id}`)).json().surveyAnswered).toBe(2);
  });

  it('checks the answer', async () => {
    const forUnit = await answer(w.c.employee, { forUnit: true });
    expect(forUnit.json().errors[0]).toMatchObject({ field: 'forUnit', code: 'not_a_manager' });
    const empty = await answer(w.c.employee, { topicAreas: [], competencyIds: [], text: '' });
    expect(empty.json().errors[0]).toMatchObject({ field: 'topicAreas' });
    const topic = await answer(w.c.employee, { topicAreas: ['nonsense'] });
    expect(topic.json().errors[0]).toMatchObject({ field: 'topicAreas.0', code: 'unknown_topic_area' });
    expect((await answer(w.c.otherHr)).statusCode).toBe(404);
    expect((await answer(w.c.bgHr)).statusCode).toBe(404);
    expect((await w.c.otherHr.get('/api/v1/needs-survey/mine')).json().items).toEqual([]);
  });
});

describe('the summary', () => {
  it('aggregates appraisals, survey and triggers with suggestions', async () => {
    const res = await w.c.hr.get(`${base}/${analysis.id}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json() as NeedsSummary;
    expect(
      summary.needs.map((n) => [
        n.key,
        n.fromAppraisals,
        n.fromSurvey,
        n.fromTriggers,
        n.total,
        n.highPriority,
      ]),
    ).toEqual([
      ['topic:public_finance', 0, 1, 12, 13, 1],
      [`competency:${competency}`, 2, 2, 3, 7, 2],
    ]);
    const byCompetency = summary.needs[1];
    expect(byCompetency?.label.nameEn).toBe('Administrative procedure');
    expect(byCompetency?.suggestions[0]?.programmeId).toBe(accredited);
    expect(byCompetency?.suggestions).toHaveLength(2);
    expect(summary.needs[0]?.label.nameLatin).toBeTruthy();
    expect(summary.writtenNeeds).toEqual(
      expect.arrayContaining([
        { source: 'appraisal', text: 'Енглески језик' },
        { source: 'survey', text: 'Обука за нови Закон о општем управном поступку' },
      ]),
    );
    expect(summary.writtenNeeds.map((n) => n.text)).not.toContain('Друга година');
    expect(summary.needs.every((n) => !n.inSpecialProgramme)).toBe(true);
  });
});

describe('adding a need to the special programme', () => {
  const add = (client = w.c.hr, over: object = {}) =>
    client.post(`${base}/${analysis.id}/add-to-programme`, {
      key: `competency:${competency}`,
      programmeId: accredited,
      quarter: 2,
      plannedParticipants: 7,
      ...over,
    });
  const programmesOf = () =>
    t.tenancy.run(systemScope, (tx) =>
      tx.select().from(annualProgrammes).where(eq(annualProgrammes.organisationId, w.municipality)),
    );

  it('creates the draft programme once and adds items to it', async () => {
    expect((await add(w.c.employee)).statusCode).toBe(403);
    expect((await add(w.c.otherHr)).statusCode).toBe(404);
    expect((await add(w.c.hr, { key: 'nonsense' })).json().errors[0]).toMatchObject({ field: 'key' });
    expect((await add(w.c.hr, { programmeId: w.bgProgramme })).json().errors[0]).toMatchObject({
      field: 'programmeId',
      code: 'unknown_programme',
    });
    expect(await programmesOf()).toHaveLength(0);
    const first = await add();
    expect(first.statusCode, first.body).toBe(201);
    const second = await add(w.c.hr, { key: 'topic:public_finance', quarter: 3 });
    expect(second.json().annualProgrammeId).toBe(first.json().annualProgrammeId);
    const programmes = await programmesOf();
    expect(programmes).toMatchObject([{ kind: 'special', year: 2031, status: 'draft' }]);
    expect(programmes[0]?.title).toContain('2031');
    const items = await t.tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(annualProgrammeItems)
        .where(eq(annualProgrammeItems.annualProgrammeId, first.json().annualProgrammeId)),
    );
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          part: 'general',
          mode: 'in_person',
          quarter: 2,
          plannedSessions: 1,
          plannedParticipants: 7,
          source: 'needs_analysis',
          needKey: `competency:${competency}`,
        }),
      ]),
    );
    const summary = (await w.c.hr.get(`${base}/${analysis.id}/summary`)).json() as NeedsSummary;
    expect(summary.needs.every((n) => n.inSpecialProgramme)).toBe(true);
  });

  it('refuses once the programme is no longer a draft', async () => {
    await t.tenancy.run(systemScope, (tx) =>
      tx
        .update(annualProgrammes)
        .set({ status: 'adopted' })
        .where(eq(annualProgrammes.organisationId, w.municipality)),
    );
    const res = await add();
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('programme_locked');
  });
});

describe('closing', () => {
  it('closes the analysis and its survey', async () => {
    expect((await w.c.otherHr.post(`${base}/${analysis.id}/close`)).statusCode).toBe(404);
    const res = await w.c.hr.post(`${base}/${analysis.id}/close`);
    expect(res.json()).toMatchObject({ status: 'closed' });
    expect((await answer()).statusCode).toBe(409);
    expect((await w.c.hr.post(`${base}/${analysis.id}/close`)).statusCode).toBe(409);
    const trigger = { kind: 'other', description: 'Касно', people: 1 };
    expect((await w.c.hr.post(`${base}/${analysis.id}/triggers`, trigger)).statusCode).toBe(409);
    expect((await w.c.employee.get('/api/v1/needs-survey/mine')).json().items).toEqual([]);
  });
});
