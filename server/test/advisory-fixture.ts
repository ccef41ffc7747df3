import { eq } from 'drizzle-orm';
import type { BodyRole } from '../../contracts/access';
import { systemScope } from '../db/tenancy';
import { laws } from '../modules/advisory/advisory.tables';
import { organisations } from '../modules/organisations/organisations.tables';
import { foldForSearch } from '../platform/i18n/transliterate';
import type { Client, TestApp } from './test-app';

/**
 * The people of the advisory tests: a Serbian association (SKGO-like) with an expert and a
 * national admin, a Serbian training academy (a national body that is not an association), two
 * Serbian municipalities (the second one the cross-tenant stranger), a Bulgarian association with
 * an expert and a Bulgarian municipality, and one law in the Serbian register. Rows are written
 * directly: each module's own tests exercise its endpoints; this only sets the stage.
 */
export type AdvisoryWorld = {
  body: string;
  academy: string;
  municipality: string;
  other: string;
  bgBody: string;
  bgMunicipality: string;
  /** A law in the Serbian register, kept by `body`. */
  law: string;
  ids: {
    expert: string;
    admin: string;
    hr: string;
    otherHr: string;
    manager: string;
    employee: string;
    bgExpert: string;
    bgHr: string;
  };
  c: Record<'expert' | 'admin' | 'hr' | 'otherHr' | 'manager' | 'employee' | 'bgExpert' | 'bgHr', Client>;
};

let serial = 0;

async function setBodyRole(t: TestApp, id: string, bodyRole: BodyRole): Promise<void> {
  await t.tenancy.run(systemScope, (tx) =>
    tx.update(organisations).set({ bodyRole }).where(eq(organisations.id, id)),
  );
}

/** A law in a country's register, kept by `bodyId`. */
export async function insertLaw(
  t: TestApp,
  bodyId: string,
  country: 'RS' | 'BG',
  overrides: Partial<typeof laws.$inferInsert> = {},
): Promise<string> {
  return t.tenancy.run(systemScope, async (tx) => {
    serial += 1;
    const title =
      country === 'RS'
        ? `Закон о запосленима у аутономним покрајинама и јединицама локалне самоуправе ${serial}`
        : `Закон за държавния служител ${serial}`;
    const gazette = country === 'RS' ? '„Службени гласник РС”, бр. 21/2016' : 'ДВ, бр. 67/1999';
    const [row] = await tx
      .insert(laws)
      .values({
        countryCode: country,
        bodyId,
        title,
        gazette,
        amendedOn: null,
        search: foldForSearch(`${overrides.title ?? title} ${overrides.gazette ?? gazette}`),
        ...overrides,
      })
      .returning({ id: laws.id });
    return (row as { id: string }).id;
  });
}

export async function advisoryWorld(t: TestApp): Promise<AdvisoryWorld> {
  const tag = Math.random().toString(36).slice(2, 8);
  const body = await t.org({
    name: 'Стална конференција градова и општина',
    nameLatin: 'Stalna konferencija gradova i opština',
    kind: 'national_body',
  });
  await setBodyRole(t, body, 'association');
  const academy = await t.org({
    name: 'Национална академија',
    nameLatin: 'Nacionalna akademija',
    kind: 'national_body',
  });
  await setBodyRole(t, academy, 'training_academy');
  const municipality = await t.org({ name: 'Нови Пазар', nameLatin: 'Novi Pazar', kind: 'city' });
  const other = await t.org({ name: 'Краљево', nameLatin: 'Kraljevo', kind: 'city' });
  const bgBody = await t.org({ name: 'НСОРБ', nameLatin: 'NSORB', kind: 'national_body', country: 'BG' });
  await setBodyRole(t, bgBody, 'association');
  const bgMunicipality = await t.org({ name: 'Габрово', nameLatin: 'Gabrovo', country: 'BG' });
  const unit = await t.unit(municipality, 'Одељење за општу управу');
  const emails = {
    expert: `expert-${tag}@skgo.test`,
    admin: `admin-${tag}@skgo.test`,
    hr: `hr-${tag}@np.test`,
    otherHr: `hr-${tag}@kv.test`,
    manager: `manager-${tag}@np.test`,
    employee: `employee-${tag}@np.test`,
    bgExpert: `expert-${tag}@nsorb.test`,
    bgHr: `hr-${tag}@gabrovo.test`,
  };
  const ids = {
    expert: await t.user({
      email: emails.expert,
      role: 'expert',
      organisationId: body,
      name: 'Јелена Експерт',
    }),
    admin: await t.user({ email: emails.admin, role: 'national_admin', organisationId: body }),
    hr: await t.user({
      email: emails.hr,
      role: 'hr_officer',
      organisationId: municipality,
      name: 'Ана Кадровић',
    }),
    otherHr: await t.user({ email: emails.otherHr, role: 'hr_officer', organisationId: other }),
    manager: await t.user({
      email: emails.manager,
      role: 'manager',
      organisationId: municipality,
      orgUnitId: unit.id,
    }),
    employee: await t.user({ email: emails.employee, role: 'employee', organisationId: municipality }),
    bgExpert: await t.user({ email: emails.bgExpert, role: 'expert', organisationId: bgBody }),
    bgHr: await t.user({ email: emails.bgHr, role: 'hr_officer', organisationId: bgMunicipality }),
  };
  const c = {
    expert: await t.login(emails.expert),
    admin: await t.login(emails.admin),
    hr: await t.login(emails.hr),
    otherHr: await t.login(emails.otherHr),
    manager: await t.login(emails.manager),
    employee: await t.login(emails.employee),
    bgExpert: await t.login(emails.bgExpert),
    bgHr: await t.login(emails.bgHr),
  };
  return {
    body,
    academy,
    municipality,
    other,
    bgBody,
    bgMunicipality,
    law: await insertLaw(t, body, 'RS'),
    ids,
    c,
  };
}
