import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Connection, Tx } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { countries } from '../modules/organisations/organisations.tables';
import { serbianToLatin } from '../platform/i18n/transliterate';
import type { UnitTree } from './demo-data';
import { createSeedWriter } from './seed-writer';

export const syntheticCountry = 'XS';

const prefixes = ['Ново', 'Горње', 'Доње', 'Старо', 'Велико', 'Мало'];
const roots = ['Село', 'Поље', 'Брдо', 'Градиште', 'Језеро', 'Лозе', 'Бање', 'Извор'];
const departments = [
  'финансије',
  'урбанизам',
  'општу управу',
  'привреду',
  'инспекцијске послове',
  'друштвене делатности',
];
const sections = ['буџет', 'порезе', 'јавне набавке', 'људске ресурсе', 'писарницу'];
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
];

/** Deterministic, so two runs with the same size build the same country. */
const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;

function unitTree(n: number): UnitTree[] {
  const count = 4 + (n % 4);
  return [
    [
      'Општинска управа',
      Array.from({ length: count }, (_, d) => [
        `Одељење за ${pick(departments, n + d)}`,
        Array.from(
          { length: 1 + ((n + d) % 2) },
          (_, s) => [`Одсек за ${pick(sections, n + d + s)}`] as UnitTree,
        ),
      ]),
    ],
    ['Кабинет председника општине'],
  ];
}

/** One function per kind of data, so later modules add employees, appraisals and trainings here. */
function addMunicipalities(writer: ReturnType<typeof createSeedWriter>, count: number, passwordHash: string) {
  for (let n = 1; n <= count; n++) {
    const name = `${pick(prefixes, n)} ${pick(roots, Math.floor(n / prefixes.length))} ${n}`;
    const id = writer.organisation({
      country: syntheticCountry,
      kind: 'municipality',
      name,
      nameLatin: serbianToLatin(name),
    });
    const units = [...writer.units(id, unitTree(n), serbianToLatin).values()];
    const person = (k: number) => `${pick(firstNames, n + k)} ${pick(lastNames, n * 3 + k)}`;
    writer.user({ email: `hr@syn-${n}.example`, name: person(0), locale: 'sr-Cyrl', passwordHash }, [
      { organisationId: id, role: 'hr_officer' },
    ]);
    writer.user({ email: `manager@syn-${n}.example`, name: person(1), locale: 'sr-Latn', passwordHash }, [
      { organisationId: id, role: 'manager', orgUnitId: units[1] ?? null },
    ]);
    writer.user({ email: `employee@syn-${n}.example`, name: person(2), locale: 'sr-Cyrl', passwordHash }, [
      { organisationId: id, role: 'employee' },
    ]);
  }
}

async function addCountry(tx: Tx) {
  await tx.insert(countries).values({
    code: syntheticCountry,
    name: 'Синтетика',
    nameLatin: 'Sintetika',
    defaultLocale: 'sr-Cyrl',
    pack: { code: syntheticCountry, transliteration: 'serbian', regions: [] },
  });
}

/** A large synthetic country for benchmarks; refuses to run twice. */
export async function seedSynthetic(
  conn: Connection,
  options: { municipalities: number; password: string },
): Promise<boolean> {
  const tenancy = createTenancy(conn);
  const exists = await tenancy.run(systemScope, (tx) =>
    tx.select().from(countries).where(eq(countries.code, syntheticCountry)),
  );
  if (exists.length > 0) return false;
  const passwordHash = await hash(options.password);
  await tenancy.run(systemScope, async (tx) => {
    await addCountry(tx);
    const writer = createSeedWriter();
    addMunicipalities(writer, options.municipalities, passwordHash);
    await writer.flush(tx);
    await tx.execute(sql`analyze`);
  });
  return true;
}
