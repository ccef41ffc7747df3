import type { LocalText } from '../../contracts/competencies';
import { systemScope } from '../db/tenancy';
import { programmes, trainers } from '../modules/learning/programmes.tables';
import { employees } from '../modules/people/people.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { Client, TestApp } from './test-app';

/**
 * The people of the professional-development tests: a Serbian training academy with its
 * administrator and a trainer, two Serbian municipalities (one the cross-tenant stranger) and a
 * Bulgarian one, and a published programme. Rows are written directly: each module's own tests
 * exercise its create endpoints; this only sets the stage.
 */
export type LearningWorld = {
  academy: string;
  municipality: string;
  unit: { id: string; path: string };
  other: string;
  bgBody: string;
  bgMunicipality: string;
  programme: string;
  bgProgramme: string;
  trainer: string;
  ids: { admin: string; hr: string; manager: string; employee: string; trainer: string; otherHr: string };
  /** The employee record of the `employee` user, in `unit`. */
  employeeRecord: string;
  c: Record<'admin' | 'hr' | 'manager' | 'employee' | 'trainer' | 'otherHr' | 'bgAdmin' | 'bgHr', Client>;
};

let serial = 0;

/** `count` active employees of `organisationId`, in `orgUnitId` when given, linked to `userId` (first one). */
export async function addEmployees(
  t: TestApp,
  organisationId: string,
  count: number,
  opts: { orgUnitId?: string; userId?: string; gender?: 'female' | 'male' } = {},
): Promise<string[]> {
  return t.tenancy.run(systemScope, async (tx) => {
    const rows = Array.from({ length: count }, (_, i) => {
      serial += 1;
      const given = i % 2 ? 'Марија' : 'Петар';
      const family = `Петровић ${serial}`;
      const givenLatin = i % 2 ? 'Marija' : 'Petar';
      const familyLatin = `Petrović ${serial}`;
      return {
        organisationId,
        userId: i === 0 ? (opts.userId ?? null) : null,
        givenName: given,
        familyName: family,
        givenNameLatin: givenLatin,
        familyNameLatin: familyLatin,
        sortName: `${family} ${given}`,
        sortNameLatin: `${familyLatin} ${givenLatin}`,
        nationalId: `T${String(serial).padStart(12, '0')}`,
        gender: opts.gender ?? (i % 2 ? 'female' : 'male'),
        education: [],
        exams: [],
        languages: [],
        orgUnitId: opts.orgUnitId ?? null,
        search: foldForSearch(`${family} ${given} ${familyLatin} ${givenLatin}`),
      };
    });
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await tx
        .insert(employees)
        .values(rows.slice(i, i + 500))
        .returning({ id: employees.id });
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  });
}

const title = (name: string, nameLatin: string, nameEn: string): LocalText => ({ name, nameLatin, nameEn });

export async function insertProgramme(
  t: TestApp,
  ownerId: string,
  country: 'RS' | 'BG',
  overrides: Partial<typeof programmes.$inferInsert> = {},
): Promise<string> {
  return t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const text =
      country === 'RS'
        ? title(
            'Управни поступак у пракси',
            'Upravni postupak u praksi',
            'Administrative procedure in practice',
          )
        : title('Местни данъци и такси', 'Mestni danatsi i taksi', 'Local taxes and fees');
    const [row] = await tx
      .insert(programmes)
      .values({
        ownerId,
        countryCode: country,
        code: `P-${serial}`,
        title: text,
        summary: '',
        summaryLatin: '',
        topicArea: country === 'RS' ? 'administrative_procedure' : 'local_taxes',
        part: 'general',
        targetGroups: ['all'],
        deliveryModes: ['in_person', 'live_online'],
        durationHours: 12,
        durationDays: 2,
        accreditation: 'accredited',
        registerNumber: `REG-${serial}`,
        completionPercent: 100,
        status: 'published',
        search: foldForSearch(`${text.name} ${text.nameLatin} ${text.nameEn}`),
        ...overrides,
      })
      .returning({ id: programmes.id });
    return (row as { id: string }).id;
  });
}

export async function insertTrainer(
  t: TestApp,
  organisationId: string,
  userId: string | null,
): Promise<string> {
  return t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const [row] = await tx
      .insert(trainers)
      .values({
        organisationId,
        userId,
        name: `Јована Трајковић ${serial}`,
        nameLatin: `Jovana Trajković ${serial}`,
        email: `trainer${serial}@academy.example`,
        kinds: ['lecturer'],
        topicAreas: ['administrative_procedure'],
        accreditationNumber: `A-${serial}`,
        accreditedOn: '2024-01-15',
        accreditedUntil: '2029-01-14',
        search: foldForSearch(`Јована Трајковић Jovana Trajković ${serial}`),
      })
      .returning({ id: trainers.id });
    return (row as { id: string }).id;
  });
}

export async function learningWorld(t: TestApp): Promise<LearningWorld> {
  const tag = Math.random().toString(36).slice(2, 8);
  const academy = await t.org({
    name: 'Национална академија',
    nameLatin: 'Nacionalna akademija',
    kind: 'national_body',
  });
  const municipality = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  const other = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const bgBody = await t.org({ name: 'НСОРБ', nameLatin: 'NSORB', kind: 'national_body', country: 'BG' });
  const bgMunicipality = await t.org({ name: 'Габрово', nameLatin: 'Gabrovo', country: 'BG' });
  const unit = await t.unit(municipality, 'Одељење за урбанизам');
  const ids = {
    admin: await t.user({
      email: `admin-${tag}@academy.test`,
      role: 'national_admin',
      organisationId: academy,
    }),
    hr: await t.user({ email: `hr-${tag}@np.test`, role: 'hr_officer', organisationId: municipality }),
    manager: await t.user({
      email: `manager-${tag}@np.test`,
      role: 'manager',
      organisationId: municipality,
      orgUnitId: unit.id,
    }),
    employee: await t.user({
      email: `employee-${tag}@np.test`,
      role: 'employee',
      organisationId: municipality,
    }),
    trainer: await t.user({ email: `trainer-${tag}@academy.test`, role: 'trainer', organisationId: academy }),
    otherHr: await t.user({ email: `hr-${tag}@kv.test`, role: 'hr_officer', organisationId: other }),
  };
  await t.user({ email: `admin-${tag}@nsorb.test`, role: 'national_admin', organisationId: bgBody });
  await t.user({ email: `hr-${tag}@gabrovo.test`, role: 'hr_officer', organisationId: bgMunicipality });
  const [employeeRecord] = await addEmployees(t, municipality, 1, {
    orgUnitId: unit.id,
    userId: ids.employee,
  });
  const c = {
    admin: await t.login(`admin-${tag}@academy.test`),
    hr: await t.login(`hr-${tag}@np.test`),
    manager: await t.login(`manager-${tag}@np.test`),
    employee: await t.login(`employee-${tag}@np.test`),
    trainer: await t.login(`trainer-${tag}@academy.test`),
    otherHr: await t.login(`hr-${tag}@kv.test`),
    bgAdmin: await t.login(`admin-${tag}@nsorb.test`),
    bgHr: await t.login(`hr-${tag}@gabrovo.test`),
  };
  return {
    academy,
    municipality,
    unit,
    other,
    bgBody,
    bgMunicipality,
    programme: await insertProgramme(t, academy, 'RS'),
    bgProgramme: await insertProgramme(t, bgBody, 'BG'),
    trainer: await insertTrainer(t, academy, ids.trainer),
    ids,
    employeeRecord: employeeRecord as string,
    c,
  };
}
