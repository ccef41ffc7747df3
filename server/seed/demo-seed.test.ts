import { verify } from '@node-rs/argon2';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalScore, gradeForScore } from '../../contracts/appraisal-rules';
import { addMonths } from '../../contracts/calendar-months';
import { evaluationQuestions } from '../../contracts/learning-evaluations';
import { checkNationalId } from '../../contracts/national-id';
import type { Connection } from '../db/client';
import { createTenancy, systemScope, type Tenancy } from '../db/tenancy';
import {
  answers,
  laws,
  questionFollows,
  questionMessages,
  questions,
} from '../modules/advisory/advisory.tables';
import { addWorkingDays } from '../modules/advisory/working-days';
import {
  appraisalCompetencies,
  appraisalCycles,
  appraisalGoals,
  appraisals,
  trainingNeeds,
} from '../modules/appraisals/appraisals.tables';
import { competencies } from '../modules/competencies/competencies.tables';
import { directoryCards } from '../modules/hr-directory/hr-directory.tables';
import { memberships, users } from '../modules/identity/identity.tables';
import { completes } from '../modules/learning/attendance.service';
import {
  attendance,
  certificates,
  enrolments,
  evaluations,
  trainingRequests,
} from '../modules/learning/enrolments.tables';
import { programmes, trainers } from '../modules/learning/programmes.tables';
import { sessionHours } from '../modules/learning/session-view';
import { sessionDays, sessionTrainers, trainingSessions } from '../modules/learning/sessions.tables';
import { documents, documentVersions } from '../modules/library/library.tables';
import { bulletinDigestRepo } from '../modules/news/bulletin-digest.repo';
import { bulletinSubscriptions, bulletins, posts } from '../modules/news/news.tables';
import { countries, organisations, orgUnits } from '../modules/organisations/organisations.tables';
import { employees, employments } from '../modules/people/people.tables';
import { employeeSearch, sortNames } from '../modules/people/person-names';
import { positions, systematisations } from '../modules/positions/positions.tables';
import { practices, practiceWeeks } from '../modules/practices/practices.tables';
import { findCountryPack, upsertCountries } from '../packs/packs';
import { auditEvents } from '../platform/audit/audit.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import { notifications } from '../platform/notifications/notifications.tables';
import { openDatabase } from '../test/test-app';
import { demoAppraisalSlugs, pinnedSteps } from './demo-appraisals-seed';
import { demoAdministration, demoMunicipalities, demoNationalBodies, type UnitTree } from './demo-data';
import { demoLogins, type SeedDemoResult, seedDemo } from './demo-seed';
import { demoWithHistory } from './demo-staff-seed';
import { seedSyntheticDocuments } from './library-synthetic-seed';
import { addDays, ageOn, toIsoDay } from './seed-dates';
import { latinFor } from './seed-latin';
import { seedSyntheticAdvisory } from './synthetic-advisory-seed';
import { seedSynthetic, syntheticCountryCode } from './synthetic-seed';

const password = 'demo-password-for-tests';
const cyrillic = /\p{Script=Cyrillic}/u;
const treeSize = (trees: readonly UnitTree[]): number =>
  trees.reduce((n, [, children]) => n + 1 + treeSize(children ?? []), 0);

let conn: Connection;
let tenancy: Tenancy;
/** What the demo seed reported: the later suites compare it with the rows. */
let seeded: SeedDemoResult | undefined;

beforeAll(async () => {
  conn = await openDatabase();
  tenancy = createTenancy(conn);
});

afterAll(async () => {
  await conn?.close();
});

describe('demo seed', () => {
  it('loads both countries, the national bodies, the municipalities, their units and the logins', async () => {
    const result = await seedDemo(conn, { password });
    seeded = result;
    const expectedUnits = demoMunicipalities.reduce((n, m) => n + treeSize(demoAdministration(m)), 0);
    expect(result).toMatchObject({
      created: true,
      organisations: demoNationalBodies.length + demoMunicipalities.length,
      orgUnits: expectedUnits,
      users: demoLogins.length,
      systematisations: demoMunicipalities.length + demoWithHistory.length,
    });
    expect(result.employees).toBeGreaterThan(30 * demoMunicipalities.length);
    expect(demoMunicipalities.filter((m) => m.country === 'RS').length).toBeGreaterThanOrEqual(12);
    expect(demoMunicipalities.filter((m) => m.country === 'BG').length).toBeGreaterThanOrEqual(10);

    // One query at a time: a transaction is one connection.
    const [orgCount, unitCount, userCount, countryRows] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select({ n: count() }).from(organisations),
          await tx.select({ n: count() }).from(orgUnits),
          await tx.select({ n: count() }).from(users),
          await tx.select({ code: countries.code }).from(countries),
        ] as const,
    );
    expect(orgCount[0]?.n).toBe(result.organisations);
    expect(unitCount[0]?.n).toBe(expectedUnits);
    expect(userCount[0]?.n).toBe(demoLogins.length);
    expect(countryRows.map((c) => c.code).sort()).toEqual(['BG', 'RS']);
  });

  it('is idempotent', async () => {
    expect((await seedDemo(conn, { password })).created).toBe(false);
    const rows = await tenancy.run(systemScope, (tx) => tx.select({ n: count() }).from(users));
    expect(rows[0]?.n).toBe(demoLogins.length);
  });

  it('names every Serbian organisation and unit in Latin without Cyrillic, and every Latin name follows the romanisation', async () => {
    const orgs = await tenancy.run(systemScope, (tx) => tx.select().from(organisations));
    for (const o of orgs) {
      expect(o.nameLatin, o.name).not.toMatch(cyrillic);
      if (o.countryCode === 'RS' || o.countryCode === 'BG')
        expect(o.nameLatin, o.name).toBe(latinFor(o.countryCode)(o.name));
      expect(o.search).toBe(foldForSearch(`${o.name} ${o.nameLatin}`));
    }
    expect(orgs.find((o) => o.name === 'Нови Пазар')).toMatchObject({
      nameLatin: 'Novi Pazar',
      kind: 'city',
      regionCode: 'RS-18',
      countryCode: 'RS',
    });
    expect(orgs.find((o) => o.name === 'Смолян')).toMatchObject({
      nameLatin: 'Smolyan',
      regionCode: 'BG-21',
    });
    expect(orgs.find((o) => o.nameLatin === 'Nacionalna akademija za javnu upravu')).toMatchObject({
      kind: 'national_body',
      bodyRole: 'training_academy',
    });

    const units = await tenancy.run(systemScope, (tx) => tx.select().from(orgUnits));
    for (const u of units) {
      expect(u.nameLatin, u.name).not.toMatch(cyrillic);
      expect(u.search).toBe(foldForSearch(`${u.name} ${u.nameLatin} ${u.code}`));
    }
    // Search finds a municipality whichever script the user types in.
    const smolyan = orgs.find((o) => o.name === 'Смолян');
    expect(smolyan?.search).toContain(foldForSearch('smolyan'));
    expect(orgs.find((o) => o.name === 'Нови Пазар')?.search).toContain(foldForSearch('novi pazar'));
  });

  it('gives every municipality a unit tree whose paths follow the parents', async () => {
    const units = await tenancy.run(systemScope, (tx) => tx.select().from(orgUnits));
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      if (u.parentId) {
        expect(parent, `parent of ${u.name}`).toBeDefined();
        expect(parent?.organisationId).toBe(u.organisationId);
        expect(u.path).toBe(`${parent?.path}${u.id}/`);
      } else expect(u.path).toBe(`/${u.id}/`);
    }
    const orgs = await tenancy.run(systemScope, (tx) => tx.select().from(organisations));
    for (const o of orgs.filter((x) => x.kind !== 'national_body'))
      expect(units.filter((u) => u.organisationId === o.id).length, o.nameLatin).toBeGreaterThanOrEqual(8);
    const noviPazar = orgs.find((o) => o.name === 'Нови Пазар');
    const root = units.find(
      (u) => u.organisationId === noviPazar?.id && u.parentId === null && u.code === '1',
    );
    expect(root?.name).toBe('Градска управа');
    expect(units.filter((u) => u.parentId === root?.id).map((u) => u.name)).toEqual(
      expect.arrayContaining(['Одељење за финансије', 'Одељење за општу управу и заједничке послове']),
    );
  });

  it('creates the demo logins with their role, organisation, locale and the shared password', async () => {
    const emails = demoLogins.map((l) => l.email);
    for (const required of [
      'admin@kadar.example',
      'napa@kadar.example',
      'skgo@kadar.example',
      'namrb@kadar.example',
      'trainer@kadar.example',
      'expert@kadar.example',
      'hr@novi-pazar.example',
      'hr@kraljevo.example',
      'hr@smolyan.example',
      'hr@gabrovo.example',
      'manager@novi-pazar.example',
      'employee@novi-pazar.example',
    ])
      expect(emails).toContain(required);
    for (const m of demoMunicipalities) expect(emails).toContain(`hr@${m.slug}.example`);

    const rows = await tenancy.run(systemScope, (tx) =>
      tx
        .select({
          email: users.email,
          locale: users.locale,
          passwordHash: users.passwordHash,
          role: memberships.role,
          orgUnitId: memberships.orgUnitId,
          organisation: organisations.nameLatin,
          orgKind: organisations.kind,
        })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(inArray(users.email, emails)),
    );
    expect(rows).toHaveLength(demoLogins.length);
    for (const login of demoLogins) {
      const row = rows.find((r) => r.email === login.email);
      expect(row, login.email).toMatchObject({ role: login.role, locale: login.locale });
      expect(row?.email).toBe(login.email.toLowerCase());
    }
    expect(rows.find((r) => r.email === 'admin@kadar.example')).toMatchObject({
      role: 'platform_admin',
      locale: 'en',
      organisation: 'Ministarstvo državne uprave i lokalne samouprave',
    });
    expect(rows.find((r) => r.email === 'hr@kraljevo.example')?.locale).toBe('sr-Latn');
    expect(rows.find((r) => r.email === 'hr@smolyan.example')?.locale).toBe('bg');
    // One hash for all: hashed once, the same password.
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(1);
    expect(await verify(rows[0]?.passwordHash ?? '', password)).toBe(true);

    const manager = rows.find((r) => r.email === 'manager@novi-pazar.example');
    const unit = await tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(orgUnits)
        .where(eq(orgUnits.id, manager?.orgUnitId ?? '00000000-0000-0000-0000-000000000000')),
    );
    expect(unit[0]?.name).toBe('Одељење за финансије');
  });

  it('gives every municipality one adopted act, and a few the superseded one before it', async () => {
    const [orgs, versions] = await tenancy.run(
      systemScope,
      async (tx) =>
        [await tx.select().from(organisations), await tx.select().from(systematisations)] as const,
    );
    for (const m of demoMunicipalities) {
      const org = orgs.find((o) => o.name === m.name && o.countryCode === m.country);
      const own = versions.filter((v) => v.organisationId === org?.id);
      expect(
        own.filter((v) => v.status === 'adopted'),
        m.slug,
      ).toHaveLength(1);
      expect(
        own.filter((v) => v.status === 'superseded'),
        m.slug,
      ).toHaveLength(demoWithHistory.includes(m.slug) ? 1 : 0);
      for (const v of own) expect(v.validFrom && v.actDate && v.validFrom > v.actDate, v.number).toBe(true);
    }
  });

  it('staffs every municipality with 30-300 people whose IDs, names and jobs are consistent', async () => {
    const [orgs, people, jobs, versions, records] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations),
          await tx.select().from(employees),
          await tx.select().from(positions),
          await tx.select().from(systematisations),
          await tx.select().from(employments),
        ] as const,
    );
    const today = toIsoDay(new Date());
    const statusOf = new Map(versions.map((v) => [v.id, v.status]));
    const jobById = new Map(jobs.map((p) => [p.id, p]));
    const schemeOf = (country: string) => findCountryPack(country)?.people.nationalId.scheme ?? 'jmbg';
    for (const m of demoMunicipalities) {
      const org = orgs.find((o) => o.name === m.name && o.countryCode === m.country);
      const staff = people.filter((e) => e.organisationId === org?.id);
      expect(staff.length, m.slug).toBeGreaterThanOrEqual(30);
      expect(staff.length, m.slug).toBeLessThanOrEqual(300);
      expect(
        staff.some((e) => e.status === 'left'),
        m.slug,
      ).toBe(true);
      const toLatin = latinFor(m.country);
      for (const e of staff) {
        const id = checkNationalId(schemeOf(m.country), e.nationalId);
        expect(id, e.nationalId).toEqual({ ok: true, facts: { birthDate: e.birthDate, gender: e.gender } });
        const age = ageOn(e.birthDate ?? '', today);
        expect(age).toBeGreaterThanOrEqual(20);
        expect(age).toBeLessThanOrEqual(65);
        for (const [name, latin] of [
          [e.givenName, e.givenNameLatin],
          [e.familyName, e.familyNameLatin],
        ] as const) {
          expect(name).toMatch(/^[\p{Script=Cyrillic} -]+$/u);
          expect(latin).toBe(toLatin(name));
          expect(latin).not.toMatch(cyrillic);
        }
        expect(e).toMatchObject(sortNames(e));
        expect(e.search).toBe(employeeSearch(e));
        expect(e.email).toMatch(new RegExp(`@${m.slug}\\.example$`));
        expect(e.education.length).toBeGreaterThan(0);
        const job = jobById.get(e.positionId ?? '');
        expect(job?.organisationId).toBe(org?.id);
        if (e.status === 'active') expect(statusOf.get(job?.systematisationId ?? '')).toBe('adopted');
        else expect(e.leftOn && e.leaveReason).toBeTruthy();
        const history = records
          .filter((r) => r.employeeId === e.id)
          .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
        expect(history[0]?.startsOn).toBe(e.hiredOn);
        expect(history[history.length - 1]?.positionId).toBe(e.positionId);
        history.forEach((r, i) => {
          const next = history[i + 1];
          // Records follow one another; only the last may run on (open, or a fixed term still running).
          if (next) expect(r.endsOn && r.endsOn < next.startsOn).toBe(true);
          else if (e.status === 'active') expect(r.endsOn === null || r.endsOn >= today).toBe(true);
          else expect(r.endsOn).toBe(e.leftOn);
          // A record still running is on the adopted act; the superseded act's records are closed.
          if (r.endsOn === null || r.endsOn >= today)
            expect(statusOf.get(jobById.get(r.positionId)?.systematisationId ?? '')).toBe('adopted');
        });
      }
    }
    expect(new Set(records.map((r) => r.contractType))).toEqual(
      new Set(['permanent', 'fixed_term', 'trainee']),
    );
    expect(records.some((r) => r.kind === 'promotion')).toBe(true);
    expect(records.some((r) => r.kind === 'reassignment')).toBe(true);
    expect(people.some((e) => e.exams.some((x) => x.name === 'Државни стручни испит'))).toBe(true);
  });

  it('fills no job beyond its executors, and names every job in both scripts', async () => {
    const [jobs, people] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(positions),
          await tx.select().from(employees).where(eq(employees.status, 'active')),
        ] as const,
    );
    const occupied = new Map<string, number>();
    for (const e of people) occupied.set(e.positionId ?? '', (occupied.get(e.positionId ?? '') ?? 0) + 1);
    for (const p of jobs) {
      expect(occupied.get(p.id) ?? 0, p.name).toBeLessThanOrEqual(p.executors);
      expect(p.executors).toBeGreaterThanOrEqual(1);
      expect(p.executors).toBeLessThanOrEqual(4);
      expect(p.nameLatin).not.toMatch(cyrillic);
      expect(p.description).toBeTruthy();
    }
    expect(new Set(jobs.map((p) => p.category))).toEqual(new Set(['senior', 'official', 'support']));
  });

  it('links the municipal demo accounts to their personnel files, the manager heading their unit', async () => {
    const [accounts, people, jobs, units] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx
            .select({ id: users.id, email: users.email, name: users.name, orgUnitId: memberships.orgUnitId })
            .from(users)
            .innerJoin(memberships, eq(memberships.userId, users.id)),
          await tx.select().from(employees),
          await tx.select().from(positions),
          await tx.select().from(orgUnits),
        ] as const,
    );
    const linked = demoLogins.filter((l) => demoMunicipalities.some((m) => m.slug === l.organisationSlug));
    expect(linked.length).toBeGreaterThan(demoMunicipalities.length);
    for (const login of linked) {
      const account = accounts.find((a) => a.email === login.email);
      const file = people.find((e) => e.userId === account?.id);
      expect(file, login.email).toBeDefined();
      expect(file?.email).toBe(login.email);
      expect(file?.status).toBe('active');
      const latin = `${file?.givenNameLatin} ${file?.familyNameLatin}`;
      expect([`${file?.givenName} ${file?.familyName}`, latin]).toContain(login.name);
    }
    const manager = accounts.find((a) => a.email === 'manager@novi-pazar.example');
    expect(manager?.orgUnitId).toBeTruthy();
    const managerFile = people.find((e) => e.userId === manager?.id);
    expect(managerFile?.orgUnitId).toBe(manager?.orgUnitId);
    expect(managerFile?.category === 'senior' || managerFile?.titleCode === 'samostalni_savetnik').toBe(true);
    expect(jobs.find((p) => p.id === managerFile?.positionId)?.name).toBe('Начелник Одељења за финансије');
    const unitPath = units.find((u) => u.id === manager?.orgUnitId)?.path ?? '';
    const subtree = new Set(units.filter((u) => u.path.startsWith(unitPath)).map((u) => u.id));
    const team = people.filter((e) => e.status === 'active' && subtree.has(e.orgUnitId ?? ''));
    expect(team.length).toBeGreaterThanOrEqual(5);
    const employee = accounts.find((a) => a.email === 'employee@novi-pazar.example');
    expect(team.map((e) => e.userId)).toContain(employee?.id);
  });

  it('leaves a country an administrator edited as it is', async () => {
    await tenancy.run(systemScope, (tx) =>
      tx.update(countries).set({ name: 'Република Србија' }).where(eq(countries.code, 'RS')),
    );
    expect(await tenancy.run(systemScope, (tx) => upsertCountries(tx))).toEqual([]);
    const rs = await tenancy.run(systemScope, (tx) =>
      tx.select().from(countries).where(eq(countries.code, 'RS')),
    );
    expect(rs[0]?.name).toBe('Република Србија');
  });
});

describe('demo appraisals', () => {
  const year = Number(toIsoDay(new Date()).slice(0, 4));

  async function load() {
    return tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations),
          await tx.select().from(appraisalCycles),
          await tx.select().from(appraisals),
          await tx.select().from(appraisalGoals),
          await tx.select().from(appraisalCompetencies),
          await tx.select().from(trainingNeeds),
          await tx.select().from(employees),
          await tx.select({ id: users.id, email: users.email }).from(users),
        ] as const,
    );
  }

  it('closes last year in each municipality with every appraisal decided and graded by the rules', async () => {
    const [orgs, cycles, rows, goals, competencies] = await load();
    const withAppraisals = demoMunicipalities
      .filter((m) => demoAppraisalSlugs.includes(m.slug))
      .map(
        (m) => orgs.find((o) => o.name === m.name && o.countryCode === m.country) as (typeof orgs)[number],
      );
    expect(withAppraisals).toHaveLength(demoAppraisalSlugs.length);
    expect(new Set(cycles.map((c) => c.organisationId))).toEqual(new Set(withAppraisals.map((o) => o.id)));
    for (const org of withAppraisals) {
      const last = cycles.find((c) => c.organisationId === org.id && c.year === year - 1);
      const decided = rows.filter((a) => a.cycleId === last?.id && a.kind === 'regular');
      // Open only while an extraordinary appraisal the worst grade called for is under way.
      const underWay = rows.some((a) => a.cycleId === last?.id && !a.finalisedAt);
      expect(last?.status, org.nameLatin).toBe(underWay ? 'open' : 'closed');
      expect(decided.length, org.nameLatin).toBeGreaterThan(10);
      const rules = last?.rules;
      if (!rules) throw new Error('no rules');
      for (const a of decided) {
        expect(['finalised', 'closed']).toContain(a.status);
        const ownGoals = goals.filter((g) => g.appraisalId === a.id);
        const ownCompetencies = competencies.filter((c) => c.appraisalId === a.id);
        expect(ownGoals.reduce((n, g) => n + g.weight, 0)).toBe(100);
        expect(ownCompetencies.length).toBeGreaterThan(0);
        const score = appraisalScore(
          rules,
          ownGoals.map((g) => ({ weight: g.weight, rating: g.rating as number })),
          ownCompetencies.map((c) => ({ rating: c.rating as number })),
        );
        expect(a.score).toBe(score);
        expect(a.ratedGrade).toBe(gradeForScore(rules, score));
        expect(a.grade).toBe(a.appealGrade ?? a.ratedGrade);
        // Decided in January, numbered in that year's register.
        expect(a.decisionDate?.slice(0, 7)).toBe(`${year}-01`);
        expect(a.registerNumber).toMatch(new RegExp(`^${rules.registerPrefix}-\\d+/${year}$`));
        expect(a.dueOn).toBeNull();
        if (a.status === 'closed')
          expect(a.appealOutcome && a.appealReason && a.appealDecidedAt).toBeTruthy();
      }
      expect(decided.some((a) => a.status === 'closed')).toBe(true);
      expect(new Set(decided.map((a) => a.grade)).size).toBeGreaterThanOrEqual(2);
    }
    // A spread of grades in each country, not one for everybody.
    for (const country of ['RS', 'BG']) {
      const inCountry = new Set(withAppraisals.filter((o) => o.countryCode === country).map((o) => o.id));
      const grades = rows
        .filter((a) => a.year === year - 1 && inCountry.has(a.organisationId))
        .map((a) => a.grade);
      expect(new Set(grades).size, country).toBeGreaterThanOrEqual(4);
    }
    // Some got the grade that calls for an extraordinary appraisal, and have one in the same cycle.
    const extraordinary = rows.filter((a) => a.kind === 'extraordinary');
    expect(extraordinary.length).toBeGreaterThan(0);
    const registers = new Set<string>();
    for (const a of rows.filter((x) => x.registerNumber)) {
      expect(registers.has(`${a.organisationId} ${a.registerNumber}`)).toBe(false);
      registers.add(`${a.organisationId} ${a.registerNumber}`);
    }
    for (const a of extraordinary) {
      const previous = rows.find((p) => p.id === a.extraordinaryOf);
      const rules = cycles.find((c) => c.id === previous?.cycleId)?.rules;
      if (!previous?.decisionDate || !rules)
        throw new Error('no decision before the extraordinary appraisal');
      expect(rules.grades.find((g) => g.value === previous.ratedGrade)?.triggers).toContain(
        'extraordinary_appraisal',
      );
      expect(a.cycleId).toBe(previous.cycleId);
      expect(a.employeeId).toBe(previous.employeeId);
      if (a.finalisedAt) expect(a.ratedGrade).toBe(gradeForScore(rules, a.score as number));
      else expect(a.dueOn).toBe(addDays(previous.decisionDate, rules.extraordinaryDays));
    }
  });

  it("keeps this year's cycle open with appraisals over the steps, each due at its step's deadline", async () => {
    const [, cycles, rows, goals] = await load();
    const open = cycles.filter((c) => c.year === year);
    expect(open).toHaveLength(demoAppraisalSlugs.length);
    expect(rows.filter((a) => a.year === year).every((a) => a.kind === 'regular')).toBe(true);
    const regular = rows.filter((a) => a.year === year);
    const byStatus = new Map<string, number>();
    for (const a of regular) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    for (const step of ['draft', 'goals_proposed', 'active', 'rated', 'acknowledged'])
      expect(byStatus.get(step), step).toBeGreaterThan(0);
    expect(Math.max(...byStatus.values())).toBe(byStatus.get('active'));
    for (const cycle of open) {
      expect(cycle.status).toBe('open');
      for (const a of regular.filter((x) => x.cycleId === cycle.id)) {
        const expected =
          a.status === 'draft' || a.status === 'goals_proposed'
            ? cycle.goalsDue
            : a.status === 'active' && !a.interimAt
              ? cycle.interimDue
              : cycle.finalDue;
        expect(a.dueOn).toBe(expected);
        const weights = goals.filter((g) => g.appraisalId === a.id).reduce((n, g) => n + g.weight, 0);
        expect(weights).toBe(a.status === 'draft' ? 0 : 100);
        if (a.status === 'rated' || a.status === 'acknowledged')
          expect(a.ratedGrade).toBe(gradeForScore(cycle.rules, a.score as number));
        else expect(a.score).toBeNull();
      }
    }
  });

  it("puts the journeys' accounts at their steps, rated by their managers, and nobody rates themself", async () => {
    const [, , rows, , , , people, accounts] = await load();
    const userOf = (email: string) => accounts.find((u) => u.email === email)?.id;
    const ratersOf = {
      'employee@novi-pazar.example': 'manager@novi-pazar.example',
      'employee@gabrovo.example': 'manager@gabrovo.example',
    };
    for (const [email, step] of pinnedSteps) {
      const file = people.find((e) => e.userId === userOf(email));
      const current = rows.filter(
        (a) => a.employeeId === file?.id && a.year === year && a.kind === 'regular',
      );
      expect(current, email).toHaveLength(1);
      expect(current[0]?.status).toBe(step);
      expect(current[0]?.raterUserId).toBe(userOf(ratersOf[email as keyof typeof ratersOf]));
    }
    const accountOf = new Map(people.map((e) => [e.id, e.userId]));
    for (const a of rows) if (a.raterUserId) expect(a.raterUserId).not.toBe(accountOf.get(a.employeeId));
    expect(rows.filter((a) => a.raterUserId === null).length).toBeLessThan(rows.length / 20);
  });

  it('closes the year before last as well, so repeated top grades make promotion candidates', async () => {
    const [, cycles, rows] = await load();
    const before = cycles.filter((c) => c.year === year - 2);
    expect(before).toHaveLength(demoAppraisalSlugs.length);
    for (const cycle of before) {
      const own = rows.filter((a) => a.cycleId === cycle.id && a.kind === 'regular');
      expect(own.every((a) => a.registerNumber?.endsWith(`/${year - 1}`))).toBe(true);
    }
    const top = (a: (typeof rows)[number]) =>
      cycles.find((c) => c.id === a.cycleId)?.rules.promotion.grades.includes(a.grade as number) ?? false;
    const twice = new Set(rows.filter((a) => a.year === year - 2 && top(a)).map((a) => a.employeeId));
    expect(rows.some((a) => a.year === year - 1 && top(a) && twice.has(a.employeeId))).toBe(true);
  });

  it('records training needs from competency gaps and from what raters wrote', async () => {
    const [, , rows, , , needs] = await load();
    const finalised = new Set(rows.filter((a) => a.finalisedAt).map((a) => a.id));
    expect(needs.some((n) => n.source === 'competency_gap')).toBe(true);
    expect(needs.some((n) => n.source === 'appraisal' && n.text)).toBe(true);
    for (const n of needs) {
      expect(finalised.has(n.appraisalId ?? '')).toBe(true);
      if (n.source === 'competency_gap')
        expect(n.ratedLevel as number).toBeLessThan(n.requiredLevel as number);
    }
  });
});

describe('demo trainings', () => {
  const today = toIsoDay(new Date());

  async function load() {
    return tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations),
          await tx.select().from(programmes),
          await tx.select().from(trainers),
          await tx.select().from(trainingSessions),
          await tx.select().from(sessionDays),
          await tx.select().from(sessionTrainers),
          await tx.select().from(enrolments),
          await tx.select().from(attendance),
          await tx.select().from(certificates),
          await tx.select().from(evaluations),
          await tx.select().from(trainingRequests),
        ] as const,
    );
  }
  type World = Awaited<ReturnType<typeof load>>;
  const orgNamed = (orgs: World[0], nameLatin: string) =>
    orgs.find((o) => o.nameLatin === nameLatin) as World[0][number];

  it('reports what it wrote', async () => {
    const [, p, t, s, , , e, a, c, ev, r] = await load();
    expect(seeded?.learning).toEqual({
      programmes: p.length,
      trainers: t.length,
      sessions: s.length,
      enrolments: e.length,
      attendance: a.length,
      certificates: c.length,
      evaluations: ev.length,
      trainingRequests: r.length,
    });
  });

  it('records the issue of every certificate in the audit trail, as issuing does', async () => {
    const [, , , , , , , , c] = await load();
    const events = await tenancy.run(systemScope, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.action, 'certificate.issue')),
    );
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(c.map((x) => x.id)));
    const one = c[0];
    expect(events.find((e) => e.entityId === one?.id)).toMatchObject({
      organisationId: one?.organisationId,
      entityType: 'certificate',
      after: { code: one?.code, enrolmentId: one?.enrolmentId, issuerId: one?.issuerId },
    });
  });

  it("gives each country's body its catalogue in both scripts and English, by the pack's topic areas", async () => {
    const [orgs, rows] = await tenancy.run(
      systemScope,
      async (tx) => [await tx.select().from(organisations), await tx.select().from(programmes)] as const,
    );
    const framework = await tenancy.run(systemScope, (tx) =>
      tx.select().from(competencies).where(isNull(competencies.organisationId)),
    );
    const namrb = rows.filter(
      (p) => p.ownerId === orgNamed(orgs, 'Natsionalno sdruzhenie na obshtinite v Republika Bulgaria').id,
    );
    const napa = rows.filter((p) => p.ownerId === orgNamed(orgs, 'Nacionalna akademija za javnu upravu').id);
    const kragujevac = rows.filter((p) => p.ownerId === orgNamed(orgs, 'Kragujevac').id);
    // The ten NAMRB modules, one per topic area, and a few on human resources.
    const bgAreas = findCountryPack('BG')?.learning.topicAreas.map((a) => a.code) ?? [];
    expect(new Set(namrb.map((p) => p.topicArea))).toEqual(new Set(bgAreas));
    expect(namrb.length).toBeGreaterThanOrEqual(12);
    expect(napa.length).toBeGreaterThanOrEqual(14);
    expect(new Set(napa.map((p) => p.part))).toEqual(new Set(['induction', 'general', 'sectoral']));
    expect(napa.filter((p) => p.accreditation === 'pending')).toHaveLength(1);
    expect(napa.filter((p) => p.status === 'draft')).toHaveLength(1);
    expect(kragujevac.map((p) => p.part)).toEqual(['special', 'special']);
    for (const p of rows) {
      const country = p.countryCode as 'RS' | 'BG';
      const pack = findCountryPack(country);
      expect(
        pack?.learning.topicAreas.some((a) => a.code === p.topicArea),
        p.code,
      ).toBe(true);
      expect(p.title.nameLatin).toBe(latinFor(country)(p.title.name));
      expect(p.summaryLatin).toBe(latinFor(country)(p.summary));
      for (const text of [p.title.nameLatin, p.title.nameEn, p.summaryLatin])
        expect(text).not.toMatch(cyrillic);
      expect(p.title.name).toMatch(cyrillic);
      const sentences = p.summary.split(/[.!?](\s|$)/).filter((x) => x.trim().length > 1).length;
      expect(sentences, p.code).toBeGreaterThanOrEqual(2);
      expect(sentences, p.code).toBeLessThanOrEqual(4);
      expect(p.search).toBe(
        foldForSearch([p.code, p.title.name, p.title.nameLatin, p.title.nameEn].join(' ')),
      );
      if (p.accreditation === 'accredited')
        expect(p.registerNumber && (p.accreditedUntil ?? '') > today).toBeTruthy();
      else expect(p.registerNumber).toBeNull();
      for (const id of p.competencyIds)
        expect(framework.find((c) => c.id === id)?.countryCode, p.code).toBe(p.countryCode);
    }
    expect(napa.some((p) => p.competencyIds.length > 0)).toBe(true);
  });

  it('keeps both trainer registers, each with a linked login, a lapsed and a suspended entry', async () => {
    const [orgs, , rows, , , links, , , , ev] = await load();
    const accounts = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ id: users.id, email: users.email, role: memberships.role, org: memberships.organisationId })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id)),
    );
    for (const [body, size, login] of [
      ['Nacionalna akademija za javnu upravu', 12, 'trainer@kadar.example'],
      ['Natsionalno sdruzhenie na obshtinite v Republika Bulgaria', 8, 'trainer-bg@kadar.example'],
    ] as const) {
      const org = orgNamed(orgs, body);
      const own = rows.filter((t) => t.organisationId === org.id);
      expect(own.length).toBeGreaterThanOrEqual(size);
      expect(own.filter((t) => t.accreditedUntil < today)).toHaveLength(1);
      expect(own.filter((t) => t.suspended)).toHaveLength(1);
      expect(new Set(own.map((t) => t.accreditationNumber)).size).toBe(own.length);
      const account = accounts.find((a) => a.email === login);
      expect(account).toMatchObject({ role: 'trainer', org: org.id });
      const linked = own.filter((t) => t.userId);
      expect(linked.map((t) => t.userId)).toEqual([account?.id]);
      // The trainer's sessions: past ones (their latest not yet evaluated by them), today's, and coming ones.
      const delivered = links.filter((l) => l.trainerId === linked[0]?.id).map((l) => l.sessionId);
      expect(delivered.length).toBeGreaterThanOrEqual(3);
      expect(ev.some((x) => x.source === 'trainer' && x.authorUserId === account?.id)).toBe(true);
      for (const t of own) {
        const pack = findCountryPack(org.countryCode);
        for (const area of t.topicAreas)
          expect(pack?.learning.topicAreas.some((a) => a.code === area)).toBe(true);
        expect(t.nameLatin).not.toMatch(cyrillic);
        expect(t.accreditedOn < t.accreditedUntil).toBe(true);
      }
    }
  });

  it('runs sessions over the past ten months and the coming weeks, numbered per organiser and year', async () => {
    const [orgs, progs, trainerRows, sessions, days, links] = await load();
    for (const country of ['RS', 'BG']) {
      const own = sessions.filter((s) => s.countryCode === country);
      const done = own.filter((s) => s.status === 'completed');
      expect(done.length, country).toBeGreaterThanOrEqual(10);
      for (const s of done) {
        expect(s.lastDay < today).toBe(true);
        expect(s.firstDay >= addDays(today, -305)).toBe(true);
      }
      const coming = own.filter((s) => s.status === 'scheduled' && s.firstDay > today);
      expect(coming.length, country).toBeGreaterThanOrEqual(5);
      expect(
        own.filter((s) => s.status === 'scheduled' && s.firstDay <= today && s.lastDay >= today),
      ).toHaveLength(1);
      expect(own.filter((s) => s.status === 'draft')).toHaveLength(1);
      expect(new Set(own.map((s) => s.mode))).toEqual(new Set(['in_person', 'live_online', 'distance']));
    }
    const numbers = new Map<string, number[]>();
    for (const s of [...sessions].sort((a, b) => a.firstDay.localeCompare(b.firstDay))) {
      expect(s.reference).toMatch(new RegExp(`^${s.firstDay.slice(0, 4)}-\\d{3}$`));
      const key = `${s.organiserId} ${s.firstDay.slice(0, 4)}`;
      numbers.set(key, [...(numbers.get(key) ?? []), Number(s.reference.slice(5))]);
      const programme = progs.find((p) => p.id === s.programmeId);
      expect(programme?.countryCode).toBe(s.countryCode);
      expect(programme?.deliveryModes).toContain(s.mode);
      expect(s.completionPercent).toBe(programme?.completionPercent);
      const own = days.filter((d) => d.sessionId === s.id).sort((a, b) => a.date.localeCompare(b.date));
      expect(own).toHaveLength(programme?.durationDays ?? 0);
      expect([own[0]?.date, own.at(-1)?.date]).toEqual([s.firstDay, s.lastDay]);
      expect(sessionHours(own)).toBe(programme?.durationHours);
      if (s.mode === 'in_person') expect(s.venue).toBeTruthy();
      else expect(s.onlineUrl).toMatch(/^https:\/\//);
      expect(s.registrationOpens <= s.registrationCloses && s.registrationCloses <= s.firstDay).toBe(true);
      expect(s.cancelUntil <= s.firstDay).toBe(true);
      // Whoever teaches a session to come is accredited through its last day.
      for (const l of links.filter((x) => x.sessionId === s.id)) {
        const t = trainerRows.find((x) => x.id === l.trainerId);
        expect(l.organiserId).toBe(s.organiserId);
        if (s.lastDay >= today) expect(!t?.suspended && (t?.accreditedUntil ?? '') >= s.lastDay).toBe(true);
      }
    }
    // Contiguous, as the sessions service numbers the next one.
    for (const list of numbers.values()) expect(list).toEqual(list.map((_, i) => i + 1));
    for (const d of days) expect(d.checkInToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(new Set(days.map((d) => d.checkInToken)).size).toBe(days.length);
    expect(sessions.some((s) => s.organiserId === orgNamed(orgs, 'Kragujevac').id)).toBe(true);
  });

  it('enrols staff of several municipalities as on their files, with seats, waiting lists and approvals', async () => {
    const [orgs, , , sessions, , , places] = await load();
    const files = await tenancy.run(systemScope, (tx) =>
      tx
        .select({
          id: employees.id,
          org: employees.organisationId,
          gender: employees.gender,
          job: positions.name,
          e: employees,
        })
        .from(employees)
        .leftJoin(positions, eq(positions.id, employees.positionId)),
    );
    const fileOf = new Map(files.map((f) => [f.id, f]));
    for (const e of places) {
      const file = fileOf.get(e.employeeId);
      expect(file?.org).toBe(e.organisationId);
      expect(e).toMatchObject({
        participantName: `${file?.e.givenName} ${file?.e.familyName}`,
        participantNameLatin: `${file?.e.givenNameLatin} ${file?.e.familyNameLatin}`,
        jobTitle: file?.job,
        gender: file?.gender,
        participantUserId: file?.e.userId,
      });
      const session = sessions.find((s) => s.id === e.sessionId);
      expect(e.organiserId).toBe(session?.organiserId);
      if (session?.restrictedToId) expect(e.organisationId).toBe(session.restrictedToId);
      if (e.approval === 'declined')
        expect(e.status === 'cancelled' && e.declineReason && e.decidedBy).toBeTruthy();
      if (e.status === 'cancelled') expect(e.cancelledAt).not.toBeNull();
      if (!session?.requiresApproval) expect(['not_required']).toContain(e.approval);
    }
    const live = places.filter((e) => e.status !== 'cancelled').map((e) => `${e.sessionId} ${e.employeeId}`);
    expect(new Set(live).size).toBe(live.length);
    for (const s of sessions) {
      const own = places.filter((e) => e.sessionId === s.id);
      if (s.status === 'scheduled') {
        expect(s.confirmedCount).toBe(own.filter((e) => e.status === 'confirmed').length);
        expect(s.confirmedCount).toBeLessThanOrEqual(s.capacity);
        const waiting = own.filter((e) => e.status === 'waitlisted').map((e) => e.waitlistSeq);
        expect(s.waitlistedCount).toBe(waiting.length);
        expect(waiting.sort()).toEqual(waiting.map((_, i) => i + 1));
        if (waiting.length) expect(s.confirmedCount).toBe(s.capacity);
      }
      if (s.status === 'completed') {
        expect(own.every((e) => ['completed', 'not_completed', 'cancelled'].includes(e.status))).toBe(true);
        expect(new Set(own.map((e) => e.organisationId)).size).toBeGreaterThan(s.restrictedToId ? 0 : 1);
      }
    }
    const scheduled = new Set(sessions.filter((s) => s.status === 'scheduled').map((s) => s.id));
    expect(places.some((e) => scheduled.has(e.sessionId) && e.approval === 'pending')).toBe(true);
    expect(sessions.some((s) => s.waitlistedCount > 0)).toBe(true);
    expect(
      sessions.some(
        (s) => s.status === 'scheduled' && s.capacity - s.confirmedCount <= 3 && s.waitlistedCount === 0,
      ),
    ).toBe(true);
    expect(new Set(places.map((e) => e.organisationId)).size).toBeGreaterThanOrEqual(15);
    expect(orgs.length).toBeGreaterThan(0);
  });

  it('judges closed sessions by attendance and certifies those who completed', async () => {
    const [, progs, , sessions, days, , places, marks, certs] = await load();
    const prefixes = { RS: 'RS', BG: 'BG' } as const;
    for (const s of sessions.filter((x) => x.status !== 'draft')) {
      const own = days.filter((d) => d.sessionId === s.id);
      for (const e of places.filter((x) => x.sessionId === s.id)) {
        const held = marks.filter((m) => m.enrolmentId === e.id);
        for (const m of held) {
          expect((own.find((d) => d.id === m.dayId)?.date ?? today) < today).toBe(true);
          expect([m.organisationId, m.organiserId]).toEqual([e.organisationId, s.organiserId]);
        }
        const certificate = certs.find((c) => c.enrolmentId === e.id);
        if (s.status !== 'completed' || !['completed', 'not_completed'].includes(e.status)) {
          expect(certificate).toBeUndefined();
          continue;
        }
        expect(held).toHaveLength(own.length);
        const attended = held.filter((m) => m.present).length;
        expect(e.status).toBe(
          completes(attended, own.length, s.completionPercent) ? 'completed' : 'not_completed',
        );
        if (e.status === 'not_completed') {
          expect(certificate).toBeUndefined();
          continue;
        }
        const programme = progs.find((p) => p.id === s.programmeId);
        const prefix = prefixes[s.countryCode as 'RS' | 'BG'];
        expect(certificate?.code).toMatch(
          new RegExp(`^${prefix}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`),
        );
        expect(certificate).toMatchObject({
          employeeId: e.employeeId,
          organisationId: e.organisationId,
          issuerId: s.organiserId,
          holderName: e.participantName,
          holderNameLatin: e.participantNameLatin,
          programmeTitle: programme?.title,
          registerNumber: programme?.registerNumber,
          firstDay: s.firstDay,
          lastDay: s.lastDay,
          hours: sessionHours(own),
        });
        expect(
          certificate?.issuedOn && certificate.issuedOn > s.lastDay && certificate.issuedOn < today,
        ).toBe(true);
      }
    }
    expect(places.some((e) => e.status === 'not_completed')).toBe(true);
    expect(marks.some((m) => m.method === 'qr')).toBe(true);
  });

  it('records evaluations from participants, trainers and, after the months, line managers', async () => {
    const [, , , sessions, , , places, , , rows] = await load();
    for (const r of rows) {
      const questions: readonly string[] = evaluationQuestions[r.source as keyof typeof evaluationQuestions];
      expect(Object.keys(r.ratings).sort()).toEqual([...questions].sort());
      const values = Object.values(r.ratings);
      expect(r.score).toBe(Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
      const session = sessions.find((s) => s.id === r.sessionId);
      expect(session?.status).toBe('completed');
      expect(r.organiserId).toBe(session?.organiserId);
      const place = places.find((e) => e.id === r.enrolmentId);
      if (r.source === 'participant') expect(['completed', 'not_completed']).toContain(place?.status);
      if (r.source === 'manager') {
        expect(place?.status).toBe('completed');
        const months = findCountryPack(session?.countryCode ?? '')?.learning.impactAfterMonths ?? 0;
        expect(r.createdAt.toISOString().slice(0, 10) >= addMonths(session?.lastDay ?? '', months)).toBe(
          true,
        );
      }
      if (r.source === 'trainer') expect(r.authorName).toBeTruthy();
      else expect(r.organisationId).toBe(place?.organisationId);
    }
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['participant', 'trainer', 'manager']));
  });

  it("gives the demo employees a certificate, a confirmed training and one awaiting their manager's approval", async () => {
    const [, , , sessions, , , places, , certs, ev] = await load();
    const accounts = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ id: users.id, email: users.email, path: orgUnits.path })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .leftJoin(orgUnits, eq(orgUnits.id, memberships.orgUnitId)),
    );
    const files = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ id: employees.id, userId: employees.userId, path: orgUnits.path })
        .from(employees)
        .innerJoin(orgUnits, eq(orgUnits.id, employees.orgUnitId)),
    );
    for (const [employee, manager] of [
      ['employee@novi-pazar.example', 'manager@novi-pazar.example'],
      ['employee@gabrovo.example', 'manager@gabrovo.example'],
    ]) {
      const user = accounts.find((a) => a.email === employee);
      const boss = accounts.find((a) => a.email === manager);
      expect(files.find((f) => f.userId === user?.id)?.path.startsWith(boss?.path ?? '-')).toBe(true);
      const own = places.filter((e) => e.participantUserId === user?.id);
      const sessionOf = (id: string) => sessions.find((s) => s.id === id);
      const done = own.find((e) => e.status === 'completed');
      expect(
        certs.some((c) => c.enrolmentId === done?.id),
        employee,
      ).toBe(true);
      // Their own evaluation of it, and their manager's rating of its impact, are left to do.
      expect(ev.some((x) => x.enrolmentId === done?.id)).toBe(false);
      const coming = own.filter((e) => (sessionOf(e.sessionId)?.firstDay ?? '') > today);
      expect(coming.find((e) => e.status === 'confirmed' && e.approval === 'approved')?.decidedBy).toBe(
        boss?.id,
      );
      expect(coming.filter((e) => e.status === 'confirmed' && e.approval === 'pending')).toHaveLength(1);
      // The manager's queue holds theirs and a few of the team's.
      const team = new Set(files.filter((f) => f.path.startsWith(boss?.path ?? '-')).map((f) => f.id));
      const queue = places.filter((e) => e.approval === 'pending' && team.has(e.employeeId));
      expect(queue.length, manager).toBeGreaterThanOrEqual(3);
    }
  });

  it('records training requests: submitted, scheduled as a restricted session, declined with a reason', async () => {
    const [orgs, , , sessions, , , , , , , rows] = await load();
    expect(rows.map((r) => r.status).sort()).toEqual(['declined', 'scheduled', 'submitted', 'submitted']);
    for (const r of rows) {
      expect(orgs.find((o) => o.id === r.bodyId)?.kind).toBe('national_body');
      expect(orgs.find((o) => o.id === r.organisationId)?.countryCode).toBe(
        orgs.find((o) => o.id === r.bodyId)?.countryCode,
      );
      expect(r.preferredFrom <= r.preferredTo && r.preferredFrom > today).toBe(true);
      if (r.status === 'declined') expect(r.answer).toBeTruthy();
      if (r.status === 'scheduled')
        expect(sessions.find((s) => s.id === r.sessionId)?.restrictedToId).toBe(r.organisationId);
      else expect(r.sessionId).toBeNull();
    }
    expect(new Set(rows.map((r) => orgs.find((o) => o.id === r.bodyId)?.countryCode))).toEqual(
      new Set(['RS', 'BG']),
    );
  });
});

describe('demo advisory Q&A', () => {
  const today = toIsoDay(new Date());

  async function load() {
    return tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations),
          await tx.select().from(laws),
          await tx.select().from(answers),
          await tx.select().from(questions),
          await tx.select().from(questionMessages),
          await tx.select().from(questionFollows),
          await tx.select({ id: users.id, email: users.email }).from(users),
        ] as const,
    );
  }

  it('reports what it wrote, and signs in an expert at each association', async () => {
    const [orgs, l, a, q, m] = await load();
    expect(seeded?.advisory).toEqual({
      laws: l.length,
      answers: a.length,
      questions: q.length,
      messages: m.length,
    });
    for (const [email, slug] of [
      ['expert@kadar.example', 'skgo'],
      ['expert-bg@kadar.example', 'namrb'],
    ] as const) {
      const login = demoLogins.find((x) => x.email === email);
      expect(login).toMatchObject({ role: 'expert', organisationSlug: slug });
      expect(orgs.find((o) => o.nameLatin === login?.organisationName)?.bodyRole).toBe('association');
    }
  });

  it("publishes each association's answers under its pack's codes, citing its own register", async () => {
    const [orgs, registers, entries] = await load();
    for (const [country, slug, least] of [
      ['RS', 'skgo', 14],
      ['BG', 'namrb', 8],
    ] as const) {
      const body = orgs.find(
        (o) => o.nameLatin === demoNationalBodies.find((b) => b.slug === slug)?.nameLatin,
      );
      const own = entries.filter((e) => e.bodyId === body?.id);
      expect(own.length).toBeGreaterThanOrEqual(least);
      const areas = findCountryPack(country)?.advice.areas ?? [];
      const lawIds = new Set(registers.filter((l) => l.bodyId === body?.id).map((l) => l.id));
      expect(lawIds.size).toBe(6);
      for (const e of own) {
        expect(e).toMatchObject({ status: 'published', countryCode: country });
        expect(areas.find((x) => x.code === e.areaCode)?.subtopics.map((s) => s.code)).toContain(
          e.subtopicCode,
        );
        expect(e.lawRefs.length).toBeGreaterThan(0);
        expect([...e.lawIds].sort()).toEqual([...new Set(e.lawRefs.map((r) => r.lawId))].sort());
        for (const id of e.lawIds) expect(lawIds.has(id)).toBe(true);
        expect(e.search).toBe(foldForSearch([e.title, e.question, e.answer].join(' ')));
        expect(e.checkedOn <= (e.publishedAt?.toISOString().slice(0, 10) ?? '')).toBe(true);
        expect(e.question).toMatch(/\[(општина|opština|община)\]/);
      }
      const years = new Set(own.map((e) => e.publishedAt?.getUTCFullYear()));
      expect(years).toEqual(new Set([2025, 2026]));
      if (country === 'RS')
        expect(own.filter((e) => e.locale === 'sr-Latn').length).toBeGreaterThanOrEqual(3);
    }
    for (const l of registers) expect(l.search).toBe(foldForSearch([l.title, l.gazette, l.note].join(' ')));
  });

  it('flags the answers that cite a law amended in 2026 after they were checked', async () => {
    const [, registers, entries] = await load();
    const amended = registers.filter((l) => l.amendedOn?.startsWith('2026'));
    expect(amended).toHaveLength(1);
    const recheck = entries.filter((e) =>
      e.lawIds.some((id) => amended.some((l) => l.id === id && (l.amendedOn ?? '') > e.checkedOn)),
    );
    expect(recheck.length).toBeGreaterThanOrEqual(2);
    expect(recheck.length).toBeLessThan(entries.length / 2);
  });

  it('keeps questions of Novi Pazar, Kraljevo and Gabrovo at every step, due in working days', async () => {
    const [orgs, , entries, asked, messages, follows, people] = await load();
    const calendarOf = (country: string) => ({ holidays: findCountryPack(country)?.advice.holidays ?? [] });
    const names = new Set(asked.map((q) => orgs.find((o) => o.id === q.organisationId)?.nameLatin));
    expect(names).toEqual(new Set(['Novi Pazar', 'Kraljevo', 'Gabrovo']));
    for (const country of ['RS', 'BG']) {
      const own = asked.filter((q) => q.countryCode === country);
      expect(new Set(own.map((q) => q.status))).toEqual(
        new Set(['submitted', 'claimed', 'needs_info', 'answered', 'accepted']),
      );
      expect(own.filter((q) => q.dueOn && q.dueOn < today)).toHaveLength(1);
    }
    const references = new Set(asked.map((q) => `${q.bodyId}:${q.reference}`));
    expect(references.size).toBe(asked.length);
    for (const q of asked) {
      const calendar = calendarOf(q.countryCode);
      const said = messages.filter((m) => m.questionId === q.id);
      expect(q.reference).toMatch(new RegExp(`^${q.submittedAt.getUTCFullYear()}-\\d{4}$`));
      expect(q.search).toBe(foldForSearch(`${q.title} ${q.text}`));
      expect(follows.filter((f) => f.questionId === q.id).map((f) => f.userId)).toEqual([q.askedBy]);
      expect(people.find((p) => p.id === q.askedBy)?.email).toMatch(/^hr@/);
      for (const m of said) expect([m.organisationId, m.bodyId]).toEqual([q.organisationId, q.bodyId]);
      if (q.status === 'submitted' || q.status === 'claimed')
        expect(q.dueOn).toBe(addWorkingDays(calendar, q.submittedAt.toISOString().slice(0, 10), 5));
      else expect(q.dueOn).toBeNull();
      expect(q.expertId === null).toBe(q.status === 'submitted');
      if (q.status === 'needs_info') {
        expect(q.daysLeft).toBeGreaterThan(0);
        expect(said.map((m) => m.kind)).toContain('ask_back');
      }
      if (q.status === 'answered' || q.status === 'accepted') {
        expect(said.map((m) => m.kind)).toContain('answer');
        expect(q.answeredAt).not.toBeNull();
      }
      expect(q.acceptedAt === null).toBe(q.status !== 'accepted');
    }
    const linked = entries.filter((e) => e.questionId);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const e of linked) expect(asked.find((q) => q.id === e.questionId)?.status).toBe('accepted');
  });
});

describe('demo good practices', () => {
  it('publishes practices of both countries with nominations, queues, a returned one and a practice of the week', async () => {
    expect(seeded?.practices).toEqual({ practices: 11, nominations: 17 });
    const [rows, weeks] = await tenancy.run(
      systemScope,
      async (tx) => [await tx.select().from(practices), await tx.select().from(practiceWeeks)] as const,
    );
    for (const country of ['RS', 'BG']) {
      const own = rows.filter((r) => r.countryCode === country);
      expect(new Set(own.map((r) => r.status))).toEqual(
        new Set(['published', 'submitted', country === 'RS' ? 'draft' : 'returned']),
      );
      for (const p of own.filter((r) => r.status === 'published')) {
        expect(p.publishedAt).not.toBeNull();
        expect([p.innovation, p.impact, p.sustainability, p.transferability].every((s) => s && s >= 1)).toBe(
          true,
        );
      }
      expect(weeks.filter((w) => own.some((r) => r.id === w.practiceId))).toHaveLength(1);
    }
    expect(rows.reduce((n, r) => n + r.nominations, 0)).toBe(17);
    expect(rows.find((r) => r.status === 'returned')?.moderationNote).not.toBe('');
    expect(rows.filter((r) => r.translation?.locale === 'en')).toHaveLength(1);
  });
});

describe('demo news', () => {
  it('publishes news and upcoming events per country, with confirmed subscribers and a sent bulletin', async () => {
    expect(seeded?.news).toEqual({ posts: 16, subscriptions: 5, bulletins: 2 });
    const [rows, subs, sent] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(posts),
          await tx.select().from(bulletinSubscriptions),
          await tx.select().from(bulletins),
        ] as const,
    );
    for (const country of ['RS', 'BG']) {
      const own = rows.filter((r) => r.countryCode === country);
      expect(own.filter((r) => r.kind === 'event' && (r.startsAt as Date) > new Date())).toHaveLength(3);
      expect(own.filter((r) => r.audience === 'organisations' && r.audienceIds.length > 0)).toHaveLength(1);
      expect(subs.filter((s) => s.countryCode === country && s.confirmedAt).length).toBeGreaterThanOrEqual(2);
      expect(sent.filter((b) => b.countryCode === country && b.items.length > 0)).toHaveLength(1);
    }
    // The digest reads every module's demo rows: a month of the Serbian association's country.
    const skgo = sent.find((b) => b.countryCode === 'RS')?.bodyId as string;
    const to = new Date(Date.now() + 60 * 86_400_000);
    const items = await tenancy.run(systemScope, (tx) =>
      bulletinDigestRepo.items(tx, {
        from: new Date(Date.now() - 30 * 86_400_000),
        to,
        country: 'RS',
        bodyId: skgo,
      }),
    );
    const kinds = new Set(items.map((i) => i.kind));
    expect(['news', 'event', 'practice'].filter((k) => !kinds.has(k as never))).toEqual([]);
    expect(items.every((i) => i.path.startsWith('/') && i.title)).toBe(true);
  });
});

describe('synthetic seed', () => {
  it('loads a synthetic country of N municipalities with 8-15 units and three accounts each', async () => {
    const result = await seedSynthetic(conn, { municipalities: 5, password, employees: 60 });
    expect(result).toMatchObject({ created: true, municipalities: 5, users: 15, employees: 300 });

    const orgs = await tenancy.run(systemScope, (tx) =>
      tx.select().from(organisations).where(eq(organisations.countryCode, syntheticCountryCode)),
    );
    expect(orgs).toHaveLength(5);
    const units = await tenancy.run(systemScope, (tx) =>
      tx
        .select()
        .from(orgUnits)
        .where(
          inArray(
            orgUnits.organisationId,
            orgs.map((o) => o.id),
          ),
        ),
    );
    expect(units).toHaveLength(result.orgUnits);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const o of orgs) {
      expect(o.nameLatin).not.toMatch(cyrillic);
      expect(o.name).toMatch(/ \d+$/);
      const own = units.filter((u) => u.organisationId === o.id);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(own.length).toBeLessThanOrEqual(15);
    }
    for (const u of units)
      expect(u.path).toBe(u.parentId ? `${byId.get(u.parentId)?.path}${u.id}/` : `/${u.id}/`);

    const accounts = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ email: users.email, role: memberships.role, orgUnitId: memberships.orgUnitId })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .where(
          inArray(
            memberships.organisationId,
            orgs.map((o) => o.id),
          ),
        ),
    );
    expect(accounts).toHaveLength(15);
    expect(accounts.map((a) => a.email)).toEqual(
      expect.arrayContaining(['hr@syn-1.example', 'manager@syn-5.example']),
    );
    for (const a of accounts.filter((x) => x.role === 'manager')) expect(a.orgUnitId).not.toBeNull();
  });

  it('staffs each synthetic municipality on its adopted act, within executors, with its accounts on file', async () => {
    const [orgs, people, jobs, versions] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations).where(eq(organisations.countryCode, syntheticCountryCode)),
          await tx.select().from(employees),
          await tx.select().from(positions),
          await tx.select().from(systematisations).where(eq(systematisations.status, 'adopted')),
        ] as const,
    );
    for (const o of orgs) {
      const staff = people.filter((e) => e.organisationId === o.id);
      expect(staff).toHaveLength(60);
      expect(versions.filter((v) => v.organisationId === o.id)).toHaveLength(1);
      for (const e of staff.slice(0, 20))
        expect(checkNationalId('jmbg', e.nationalId)).toEqual({
          ok: true,
          facts: { birthDate: e.birthDate, gender: e.gender },
        });
      expect(staff.filter((e) => e.userId !== null)).toHaveLength(3);
    }
    const active = people.filter((e) => e.status === 'active');
    for (const p of jobs.filter((j) => orgs.some((o) => o.id === j.organisationId)))
      expect(active.filter((e) => e.positionId === p.id).length).toBeLessThanOrEqual(p.executors);
    const [manager] = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ id: users.id, orgUnitId: memberships.orgUnitId })
        .from(users)
        .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.role, 'manager')))
        .where(eq(users.email, 'manager@syn-1.example')),
    );
    expect(people.find((e) => e.userId === manager?.id)?.orgUnitId).toBe(manager?.orgUnitId);
  });

  it('gives each synthetic municipality five closed years, every appraisal finalised with the grade its score earns', async () => {
    const [orgs, cycles, rows, people] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(organisations).where(eq(organisations.countryCode, syntheticCountryCode)),
          await tx.select().from(appraisalCycles),
          await tx.select().from(appraisals),
          await tx.select().from(employees),
        ] as const,
    );
    const year = Number(toIsoDay(new Date()).slice(0, 4));
    const fileOf = new Map(people.map((e) => [e.id, e]));
    for (const o of orgs) {
      const own = cycles.filter((c) => c.organisationId === o.id);
      expect(own.map((c) => c.year).sort()).toEqual([year - 5, year - 4, year - 3, year - 2, year - 1]);
      for (const cycle of own) {
        expect(cycle.status).toBe('closed');
        const decided = rows.filter((a) => a.cycleId === cycle.id);
        expect(decided.length).toBeGreaterThan(0);
        expect(new Set(decided.map((a) => a.registerNumber)).size).toBe(decided.length);
        for (const a of decided) {
          expect(a.status).toBe('finalised');
          expect(a.grade).toBe(gradeForScore(cycle.rules, a.score as number));
          expect(a.registerNumber).toMatch(new RegExp(`/${cycle.year + 1}$`));
          const file = fileOf.get(a.employeeId);
          expect(cycle.rules.categories).toContain(a.category);
          expect((file?.hiredOn ?? '') <= `${cycle.year}-07-01`).toBe(true);
          if (a.raterUserId) expect(a.raterUserId).not.toBe(file?.userId);
        }
      }
    }
  });

  it('refuses to run twice', async () => {
    expect((await seedSynthetic(conn, { municipalities: 3, password })).created).toBe(false);
    const rows = await tenancy.run(systemScope, (tx) =>
      tx
        .select({ n: count() })
        .from(organisations)
        .where(eq(organisations.countryCode, syntheticCountryCode)),
    );
    expect(rows[0]?.n).toBe(5);
  });

  it('fills the synthetic knowledge base once, searchable in either script', async () => {
    const result = await seedSyntheticAdvisory(conn, { answers: 400 });
    expect(result).toMatchObject({ created: true, answers: 400 });
    expect((await seedSyntheticAdvisory(conn, { answers: 400 })).created).toBe(false);
    const rows = await tenancy.run(systemScope, (tx) =>
      tx.select().from(answers).where(eq(answers.countryCode, syntheticCountryCode)),
    );
    expect(rows).toHaveLength(400);
    const published = rows.filter((r) => r.status === 'published');
    expect(published.length).toBeGreaterThan(350);
    const areas = findCountryPack('RS')?.advice.areas ?? [];
    for (const r of rows) {
      expect(r.search).toBe(foldForSearch([r.title, r.question, r.answer].join(' ')));
      expect(r.lawIds).toEqual(r.lawRefs.map((x) => x.lawId));
      expect(areas.find((a) => a.code === r.areaCode)?.subtopics.map((s) => s.code)).toContain(
        r.subtopicCode,
      );
    }
    // A two-word search finds a few, not all: the benchmark's queries are selective.
    const found = published.filter((r) => ['ocenjivanje', 'sluzbenika'].every((w) => r.search.includes(w)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(published.length / 10);
  });
});

describe('demo library', () => {
  const load = () =>
    tenancy.run(
      systemScope,
      async (tx) => [await tx.select().from(documents), await tx.select().from(documentVersions)] as const,
    );

  it('publishes handbooks, model acts and templates in both countries, their PDFs searchable', async () => {
    const [docs, versions] = await load();
    const demo = docs.filter((d) => d.countryCode !== syntheticCountryCode);
    expect(seeded?.library).toEqual({
      documents: demo.length,
      versions: versions.filter((v) => demo.some((d) => d.id === v.documentId)).length,
    });
    for (const country of ['RS', 'BG']) {
      const own = demo.filter((d) => d.countryCode === country);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(own.some((d) => d.currentVersion === 2)).toBe(true);
      expect(own.some((d) => d.visibility === 'network')).toBe(true);
      expect(own.some((d) => d.visibility === 'organisation' && d.audienceId)).toBe(true);
      const areas = new Set(findCountryPack(country)?.advice.areas.map((a) => a.code));
      expect(own.flatMap((d) => d.topics).every((t) => areas.has(t))).toBe(true);
    }
    // The word of the e2e journey is in one file's text only, not in any title, summary or tag.
    const word = foldForSearch('флуктуације');
    expect(demo.filter((d) => d.search.includes(word)).map((d) => d.title)).toEqual([
      'Priručnik za planiranje ljudskih resursa u lokalnoj samoupravi',
    ]);
    expect(
      demo.some((d) => foldForSearch(`${d.title} ${d.summary} ${d.tags.join(' ')}`).includes(word)),
    ).toBe(false);
  });

  it('loads a synthetic library of text rows once', async () => {
    const result = await seedSyntheticDocuments(conn, { documents: 120 });
    expect(result).toMatchObject({ created: true, documents: 120 });
    expect((await seedSyntheticDocuments(conn, { documents: 120 })).created).toBe(false);
    const [docs, versions] = await load();
    const synthetic = docs.filter((d) => d.countryCode === syntheticCountryCode);
    expect(synthetic).toHaveLength(120);
    const texts = versions.filter((v) => synthetic.some((d) => d.id === v.documentId));
    expect(texts.every((v) => v.text.length > 1000)).toBe(true);
    expect(
      synthetic.some((d) => d.locale === 'sr-Latn') && synthetic.some((d) => d.locale === 'sr-Cyrl'),
    ).toBe(true);
  });
});

describe('demo HR directory and notifications', () => {
  it('lists the HR officers and experts (one unlisted, one left to write) and rings two bells', async () => {
    const [cards, notes, logins] = await tenancy.run(
      systemScope,
      async (tx) =>
        [
          await tx.select().from(directoryCards),
          await tx.select().from(notifications),
          await tx.select({ id: users.id, email: users.email }).from(users),
        ] as const,
    );
    const emailOf = new Map(logins.map((u) => [u.id, u.email]));
    const holders = cards.map((c) => emailOf.get(c.userId));
    expect(holders).toEqual(expect.arrayContaining(['expert@kadar.example', 'hr@smolyan.example']));
    expect(holders).not.toContain('hr@ivanjica.example');
    expect(cards.filter((c) => !c.listed).map((c) => emailOf.get(c.userId))).toEqual(['hr@tutin.example']);
    expect(new Set(cards.map((c) => c.countryCode))).toEqual(new Set(['RS', 'BG']));
    expect(cards.every((c) => c.search.includes(foldForSearch(c.nameLatin)) && c.languages.length > 0)).toBe(
      true,
    );
    const unread = (email: string) =>
      notes.filter((n) => emailOf.get(n.userId) === email && n.readAt === null);
    expect(unread('hr@ivanjica.example').length).toBeGreaterThanOrEqual(1);
    expect(unread('expert-bg@kadar.example').length).toBeGreaterThanOrEqual(2);
    expect(notes.every((n) => n.title.startsWith('Кад'))).toBe(true);
  });
});
