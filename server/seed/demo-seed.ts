import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { Connection } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { users } from '../modules/identity/identity.tables';
import { upsertCountries } from '../packs/packs';
import { bulgarianToLatin, serbianToLatin } from '../platform/i18n/transliterate';
import {
  bulgarianUnits,
  type DemoLogin,
  type DemoOrganisation,
  demoMunicipalities,
  demoNationalBodies,
  hrOfficerNames,
  namedLogins,
  serbianUnits,
} from './demo-data';
import { createSeedWriter } from './seed-writer';

const toLatin = (country: 'RS' | 'BG') => (country === 'RS' ? serbianToLatin : bulgarianToLatin);
const latinOf = (o: DemoOrganisation) => toLatin(o.country)(o.name);

/** Every demo account: the named ones, then an HR officer for each other municipality. */
export const demoLogins: Array<DemoLogin & { organisationName: string }> = (() => {
  const named = new Set(namedLogins.filter((l) => l.role === 'hr_officer').map((l) => l.organisation));
  const counters = { RS: 0, BG: 0 };
  const generated: DemoLogin[] = demoMunicipalities
    .filter((m) => !named.has(m.slug))
    .map((m) => ({
      email: `hr@${m.slug}.example`,
      name: hrOfficerNames[m.country][counters[m.country]++ % hrOfficerNames[m.country].length] as string,
      role: 'hr_officer',
      organisation: m.slug,
      locale: m.country === 'RS' ? 'sr-Cyrl' : 'bg',
    }));
  const all = [...demoNationalBodies, ...demoMunicipalities];
  return [...namedLogins, ...generated].map((l) => {
    const org = all.find((o) => o.slug === l.organisation);
    return { ...l, organisationName: org ? latinOf(org) : l.organisation };
  });
})();

/** Loads the demo (both countries, national bodies, 25 municipalities, their units, users for every role) once. */
export async function seedDemo(conn: Connection, options: { password: string }): Promise<boolean> {
  const tenancy = createTenancy(conn);
  const present = await tenancy.run(systemScope, (tx) =>
    tx.select({ id: users.id }).from(users).where(eq(users.email, 'admin@kadar.example')),
  );
  if (present.length > 0) return false;
  const passwordHash = await hash(options.password);
  await tenancy.run(systemScope, async (tx) => {
    await upsertCountries(tx);
    const writer = createSeedWriter();
    const orgIds = new Map<string, string>();
    const unitIds = new Map<string, Map<string, string>>();
    for (const o of [...demoNationalBodies, ...demoMunicipalities]) {
      const id = writer.organisation({ ...o, nameLatin: latinOf(o) });
      orgIds.set(o.slug, id);
      if (o.kind !== 'national_body')
        unitIds.set(
          o.slug,
          writer.units(id, o.country === 'RS' ? serbianUnits(o.kind) : bulgarianUnits, toLatin(o.country)),
        );
    }
    for (const l of demoLogins) {
      const orgUnitId = l.unit ? unitIds.get(l.organisation)?.get(l.unit) : null;
      writer.user({ email: l.email, name: l.name, locale: l.locale, passwordHash }, [
        { organisationId: orgIds.get(l.organisation) as string, role: l.role, orgUnitId },
      ]);
    }
    await writer.flush(tx);
  });
  return true;
}
