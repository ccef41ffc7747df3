import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Locale, OrgKind } from '../../contracts/access';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { countries } from '../modules/organisations/organisations.tables';
import { findCountryPack } from '../packs/packs';
import { serbianToLatin } from '../platform/i18n/transliterate';
import type { UnitTree } from './demo-data';
import { namePoolsOf, type PersonName, randomName } from './demo-names';
import type { StaffAccount } from './people-seed';
import { toIsoDay } from './seed-dates';
import { pickFrom, seededRandom, shuffled } from './seed-random';
import { createSeedWriter, type PlacedUnit, type SeedWriter } from './seed-writer';
import { addAppraisals } from './synthetic-appraisals-seed';
import { addStaff } from './synthetic-staff-seed';

/**
 * A large synthetic country for benchmarks and load tests: N municipalities with names that read
 * like Serbian places but carry a number ("Ново Село 17"), so nobody mistakes them for real ones.
 * Built in memory step by step — one function per kind of data — then written with chunked
 * multi-row inserts in one transaction. Later modules add a step (employees, jobs, appraisals,
 * enrolments) that reads the world built so far and adds its rows to the writer.
 */
export const syntheticCountryCode = 'XS';

export type SyntheticMunicipality = {
  n: number;
  id: string;
  /** `syn-<n>`: the e-mail domain of its accounts. */
  slug: string;
  kind: OrgKind;
  name: string;
  nameLatin: string;
  region: string;
  units: PlacedUnit[];
  /** Ids of the municipality's accounts by role, for later steps (an employee's file, a manager's team). */
  accounts: { hrOfficer?: string; manager?: string; employee?: string };
  /** The same accounts with their person's name and unit, for their personnel files. */
  staffAccounts: Array<StaffAccount & { person: PersonName }>;
};

export type SyntheticWorld = {
  random: () => number;
  passwordHash: string;
  writer: SeedWriter;
  municipalities: SyntheticMunicipality[];
};

export type SeedSyntheticResult = {
  created: boolean;
  municipalities: number;
  orgUnits: number;
  users: number;
  positions: number;
  employees: number;
  appraisals: number;
  ms: number;
};

/** Personnel files per synthetic municipality unless told: 200 municipalities make 100,000. */
export const defaultSyntheticEmployees = 500;

const regions = [
  ['XS-01', 'Северни округ'],
  ['XS-02', 'Јужни округ'],
  ['XS-03', 'Источни округ'],
  ['XS-04', 'Западни округ'],
  ['XS-05', 'Средишњи округ'],
  ['XS-06', 'Горњи округ'],
  ['XS-07', 'Доњи округ'],
  ['XS-08', 'Поречки округ'],
] as const;

/** Neuter adjectives and nouns, so every combination agrees: "Горње Поље", "Старо Градиште". */
const placePrefixes = [
  'Ново',
  'Старо',
  'Горње',
  'Доње',
  'Велико',
  'Мало',
  'Бело',
  'Суво',
  'Зелено',
  'Средње',
];
const placeRoots = ['Село', 'Поље', 'Брдо', 'Градиште', 'Језеро', 'Врело', 'Острво'];

/** Departments every administration has, then optional ones, each with the sections it may have. */
const coreDepartments: readonly (readonly [string, readonly string[]])[] = [
  [
    'Одељење за општу управу и заједничке послове',
    [
      'Одсек за управљање људским ресурсима',
      'Услужни центар',
      'Одсек за матичне послове',
      'Група за писарницу и архиву',
    ],
  ],
  [
    'Одељење за финансије',
    ['Одсек за буџет', 'Одсек за локалну пореску администрацију', 'Одсек за трезор и рачуноводство'],
  ],
];
const optionalDepartments: readonly (readonly [string, readonly string[]])[] = [
  [
    'Одељење за урбанизам',
    ['Одсек за обједињену процедуру', 'Одсек за просторно планирање', 'Група за озакоњење објеката'],
  ],
  [
    'Одељење за локални економски развој',
    ['Група за пољопривреду и рурални развој', 'Група за подршку предузетништву', 'Група за пројекте'],
  ],
  [
    'Одељење за инспекцијске послове',
    [
      'Одсек за комуналну инспекцију',
      'Одсек за грађевинску инспекцију',
      'Група за инспекцију за заштиту животне средине',
    ],
  ],
  ['Одељење за друштвене делатности', ['Група за образовање, културу и спорт', 'Група за социјалну заштиту']],
  ['Одељење за имовинско-правне послове', ['Група за управљање имовином', 'Група за експропријацију']],
  [
    'Одељење за комуналне делатности и заштиту животне средине',
    ['Група за заштиту животне средине', 'Група за саобраћај'],
  ],
];

/** An administration of 8 to 15 units: the administration, its departments and sections, the cabinet. */
function administrationTree(kind: OrgKind, random: () => number): UnitTree[] {
  const target = 8 + Math.floor(random() * 8);
  const departmentCount = Math.min(target - 2, 4 + Math.floor(random() * 4));
  const optional = shuffled(optionalDepartments, random);
  const chosen = [...coreDepartments, ...optional.slice(0, departmentCount - coreDepartments.length)];
  const sections = chosen.map((): string[] => []);
  let left = target - 2 - chosen.length;
  for (let round = 0; left > 0; round++)
    chosen.forEach(([, pool], d) => {
      const section = pool[round];
      if (left > 0 && section) {
        sections[d]?.push(section);
        left--;
      }
    });
  const city = kind === 'city';
  return [
    [
      city ? 'Градска управа' : 'Општинска управа',
      chosen.map(([name], d): UnitTree => [name, (sections[d] ?? []).map((s): UnitTree => [s])]),
    ],
    [city ? 'Кабинет градоначелника' : 'Кабинет председника општине'],
  ];
}

async function addSyntheticCountry(tx: Tx): Promise<void> {
  await tx.insert(countries).values({
    code: syntheticCountryCode,
    name: 'Синтетика',
    nameLatin: 'Synthetic',
    defaultLocale: 'sr-Cyrl',
    pack: {
      code: syntheticCountryCode,
      name: 'Синтетика',
      nameLatin: 'Synthetic',
      defaultLocale: 'sr-Cyrl',
      locales: ['sr-Cyrl', 'sr-Latn', 'en'],
      transliteration: 'serbian',
      timeZone: findCountryPack('RS')?.timeZone,
      regionKind: { name: 'округ', nameLatin: 'okrug' },
      regions: regions.map(([code, name]) => ({ code, name, nameLatin: serbianToLatin(name) })),
      // Serbian titles, JMBG and appraisal rules, so the services accept the synthetic data.
      people: findCountryPack('RS')?.people,
      appraisal: findCountryPack('RS')?.appraisal,
      learning: findCountryPack('RS')?.learning,
      advice: findCountryPack('RS')?.advice,
      practices: findCountryPack('RS')?.practices,
      synthetic: true,
    },
  });
}

function addMunicipalities(world: SyntheticWorld, count: number): void {
  for (let n = 1; n <= count; n++) {
    const prefix = placePrefixes[n % placePrefixes.length] as string;
    const root = placeRoots[Math.floor(n / placePrefixes.length) % placeRoots.length] as string;
    const name = `${prefix} ${root} ${n}`;
    const nameLatin = serbianToLatin(name);
    // One in eight is a city, as in Serbia (roughly 30 cities among 145 local self-governments).
    const kind: OrgKind = n % 8 === 0 ? 'city' : 'municipality';
    const region = regions[n % regions.length]?.[0] as string;
    const id = world.writer.organisation({ country: syntheticCountryCode, kind, name, nameLatin, region });
    world.municipalities.push({
      n,
      id,
      slug: `syn-${n}`,
      kind,
      name,
      nameLatin,
      region,
      units: [],
      accounts: {},
      staffAccounts: [],
    });
  }
}

function addOrgUnits(world: SyntheticWorld): void {
  for (const m of world.municipalities)
    m.units = world.writer.units(m.id, administrationTree(m.kind, world.random), serbianToLatin);
}

/** An HR officer, a head of department (manager of its subtree) and an employee of that department. */
function addUsers(world: SyntheticWorld): void {
  const { random, writer, passwordHash } = world;
  for (const m of world.municipalities) {
    const departments = m.units.filter((u) => u.depth === 1);
    const department = pickFrom(departments, random);
    const sections = m.units.filter((u) => u.parentId === department.id);
    const employeeUnit = sections.length > 0 ? pickFrom(sections, random) : department;
    const account = (
      role: 'hr_officer' | 'manager' | 'employee',
      prefix: string,
      unit: PlacedUnit | null,
    ) => {
      const locale: Locale = random() < 0.3 ? 'sr-Latn' : 'sr-Cyrl';
      const person = randomName(namePoolsOf('RS', m.slug), random);
      const cyrillic = `${person.givenName} ${person.familyName}`;
      const name = locale === 'sr-Latn' ? serbianToLatin(cyrillic) : cyrillic;
      const email = `${prefix}@${m.slug}.example`;
      const userId = writer.user({ email, name, locale, passwordHash }, [
        { organisationId: m.id, role, orgUnitId: unit?.id ?? null },
      ]);
      m.staffAccounts.push({ email, name, role, userId, person, ...(unit ? { unit: unit.name } : {}) });
      return userId;
    };
    m.accounts.hrOfficer = account('hr_officer', 'hr', null);
    m.accounts.manager = account('manager', 'manager', department);
    m.accounts.employee = account('employee', 'employee', employeeUnit);
  }
}

/**
 * Loads the synthetic country `XS` with `municipalities` municipalities, each with 8-15 units,
 * three accounts (`hr@syn-<n>.example`, `manager@…`, `employee@…`, all with `password`), an
 * adopted act on systematisation, `employees` personnel files (default 500) and five closed
 * years of appraisals.
 * Refuses to run twice: answers `created: false` and changes nothing when XS exists.
 */
export async function seedSynthetic(
  conn: Connection,
  options: { municipalities: number; password: string; employees?: number },
): Promise<SeedSyntheticResult> {
  if (!Number.isInteger(options.municipalities) || options.municipalities < 1)
    throw new RangeError('municipalities must be a whole number of at least 1');
  const employees = options.employees ?? defaultSyntheticEmployees;
  if (!Number.isInteger(employees) || employees < 10)
    throw new RangeError('employees must be a whole number of at least 10');
  const started = performance.now();
  return createTenancy(conn).run(systemScope, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kadar.seed.synthetic'))`);
    const existing = await tx
      .select({ code: countries.code })
      .from(countries)
      .where(eq(countries.code, syntheticCountryCode));
    if (existing.length > 0)
      return {
        created: false,
        municipalities: 0,
        orgUnits: 0,
        users: 0,
        positions: 0,
        employees: 0,
        appraisals: 0,
        ms: 0,
      };

    const world: SyntheticWorld = {
      random: seededRandom(options.municipalities),
      passwordHash: await hash(options.password),
      writer: createSeedWriter(),
      municipalities: [],
    };
    await addSyntheticCountry(tx);
    addMunicipalities(world, options.municipalities);
    addOrgUnits(world);
    addUsers(world);

    const result = {
      created: true,
      municipalities: world.municipalities.length,
      orgUnits: world.writer.rows.orgUnits.length,
      users: world.writer.rows.users.length,
    };
    await world.writer.flush(tx);
    const staff = await addStaff(world, tx, employees);
    const appraisals = await addAppraisals(world, tx, {
      countryCode: syntheticCountryCode,
      today: toIsoDay(new Date()),
    });
    return {
      ...result,
      positions: staff.positions,
      employees: staff.employees,
      appraisals: appraisals.appraisals,
      ms: Math.round(performance.now() - started),
    };
  });
}
