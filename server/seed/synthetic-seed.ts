import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Locale, OrgKind } from '../../contracts/access';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { countries } from '../modules/organisations/organisations.tables';
import { serbianToLatin } from '../platform/i18n/transliterate';
import type { UnitTree } from './demo-data';
import { createSeedWriter, type PlacedUnit, type SeedWriter } from './seed-writer';

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
  ms: number;
};

/** mulberry32: a small seeded PRNG, so the same N builds the same names and trees every time. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickFrom = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

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

const firstNames = [
  'Марко',
  'Ана',
  'Никола',
  'Јелена',
  'Стефан',
  'Милица',
  'Лука',
  'Ивана',
  'Петар',
  'Тијана',
  'Душан',
  'Јована',
  'Александар',
  'Драгана',
  'Милош',
  'Катарина',
  'Урош',
  'Марија',
  'Владимир',
  'Сања',
];
const lastNames = [
  'Јовановић',
  'Петровић',
  'Николић',
  'Марковић',
  'Ђорђевић',
  'Стојановић',
  'Илић',
  'Станковић',
  'Павловић',
  'Милошевић',
  'Стевановић',
  'Тодоровић',
  'Поповић',
  'Лазић',
  'Живковић',
  'Ристић',
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
      regionKind: { name: 'округ', nameLatin: 'okrug' },
      regions: regions.map(([code, name]) => ({ code, name, nameLatin: serbianToLatin(name) })),
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
  const person = (locale: Locale) => {
    const name = `${pickFrom(firstNames, random)} ${pickFrom(lastNames, random)}`;
    return locale === 'sr-Latn' ? serbianToLatin(name) : name;
  };
  const locale = (): Locale => (random() < 0.3 ? 'sr-Latn' : 'sr-Cyrl');
  for (const m of world.municipalities) {
    const departments = m.units.filter((u) => u.depth === 1);
    const department = pickFrom(departments, random);
    const sections = m.units.filter((u) => u.parentId === department.id);
    const employeeUnit = sections.length > 0 ? pickFrom(sections, random) : department;
    const account = (
      role: 'hr_officer' | 'manager' | 'employee',
      prefix: string,
      orgUnitId: string | null,
    ) => {
      const l = locale();
      return writer.user({ email: `${prefix}@${m.slug}.example`, name: person(l), locale: l, passwordHash }, [
        { organisationId: m.id, role, orgUnitId },
      ]);
    };
    m.accounts.hrOfficer = account('hr_officer', 'hr', null);
    m.accounts.manager = account('manager', 'manager', department.id);
    m.accounts.employee = account('employee', 'employee', employeeUnit.id);
  }
}

/**
 * Loads the synthetic country `XS` with `municipalities` municipalities, each with 8-15 units and
 * three accounts (`hr@syn-<n>.example`, `manager@…`, `employee@…`, all with `password`).
 * Refuses to run twice: answers `created: false` and changes nothing when XS exists.
 */
export async function seedSynthetic(
  conn: Connection,
  options: { municipalities: number; password: string },
): Promise<SeedSyntheticResult> {
  if (!Number.isInteger(options.municipalities) || options.municipalities < 1)
    throw new RangeError('municipalities must be a whole number of at least 1');
  const started = performance.now();
  return createTenancy(conn).run(systemScope, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kadar.seed.synthetic'))`);
    const existing = await tx
      .select({ code: countries.code })
      .from(countries)
      .where(eq(countries.code, syntheticCountryCode));
    if (existing.length > 0) return { created: false, municipalities: 0, orgUnits: 0, users: 0, ms: 0 };

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
    return { ...result, ms: Math.round(performance.now() - started) };
  });
}
