import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Locale, Role } from '../../contracts/access';
import type { Connection } from '../db/client';
import { createTenancy, systemScope } from '../db/tenancy';
import { users } from '../modules/identity/identity.tables';
import { upsertCountries } from '../packs/packs';
import type { FileStore } from '../platform/files/file-store';
import { type AdvisoryCounts, noAdvisory, seedDemoAdvisory } from './advisory-seed';
import { seedDemoAppraisals } from './demo-appraisals-seed';
import {
  type DemoAccount,
  type DemoOrganisation,
  demoAdministration,
  demoMunicipalities,
  demoNationalBodies,
  namedAccounts,
} from './demo-data';
import { seedDemoStaff } from './demo-staff-seed';
import { seedDemoDirectory } from './directory-demo';
import { type LearningCounts, noLearning, seedDemoLearning } from './learning-seed';
import { type LibraryCounts, noLibrary, seedDemoLibrary } from './library-demo';
import { type NewsCounts, noNews, seedDemoNews } from './news-demo';
import type { StaffAccount } from './people-seed';
import { noPractices, type PracticeCounts, seedDemoPractices } from './practices-demo';
import { toIsoDay } from './seed-dates';
import { latinFor } from './seed-latin';
import { createSeedWriter, type PlacedUnit } from './seed-writer';
import { createStaffWriter } from './staff-writer';

/** The account whose presence means the demo is loaded. */
export const demoAdminEmail = 'admin@kadar.example';

/** A demo login as main.ts prints it and the README lists it (all share the demo password). */
export type DemoLogin = {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  /** The organisation, as a short Latin label: "NAPA", "Novi Pazar", "Smolyan". */
  organisation: string;
  /** Its full name in Latin letters. */
  organisationName: string;
  organisationSlug: string;
};

const demoOrganisations: readonly DemoOrganisation[] = [...demoNationalBodies, ...demoMunicipalities];

function organisationOf(slug: string): DemoOrganisation {
  const org = demoOrganisations.find((o) => o.slug === slug);
  if (!org) throw new Error(`demo data: unknown organisation ${slug}`);
  return org;
}

/** Every demo account: national bodies first, then each municipality's HR officer and named staff. */
const demoAccounts: readonly DemoAccount[] = [
  ...namedAccounts.filter((a) => organisationOf(a.organisation).kind === 'national_body'),
  ...demoMunicipalities.flatMap((m) => [
    {
      email: `hr@${m.slug}.example`,
      name: m.hrOfficer.name,
      role: 'hr_officer' as const,
      organisation: m.slug,
      locale: m.hrOfficer.locale,
    },
    ...namedAccounts.filter((a) => a.organisation === m.slug),
  ]),
];

export const demoLogins: readonly DemoLogin[] = demoAccounts.map((a) => ({
  email: a.email,
  name: a.name,
  role: a.role,
  locale: a.locale,
  organisation: organisationOf(a.organisation).label,
  organisationName: organisationOf(a.organisation).nameLatin,
  organisationSlug: a.organisation,
}));

export type SeedDemoResult = {
  created: boolean;
  organisations: number;
  orgUnits: number;
  users: number;
  systematisations: number;
  positions: number;
  employees: number;
  employments: number;
  appraisals: number;
  learning: LearningCounts;
  advisory: AdvisoryCounts;
  library: LibraryCounts;
  practices: PracticeCounts;
  news: NewsCounts;
};

/**
 * Loads the demo once: both countries (packs), the national bodies, the municipalities with their
 * administrations' unit trees, an account for every role, each municipality's acts on
 * systematisation, jobs and staff (the municipality's accounts among them), in a few of them
 * appraisals, and the trainings (catalogues, trainers, sessions, certificates). Idempotent:
 * nothing happens when `admin@kadar.example` exists. One transaction, so a failure leaves nothing
 * half-loaded; an advisory lock makes server processes that start together load it once.
 */
export async function seedDemo(
  conn: Connection,
  options: { password: string; files?: FileStore },
): Promise<SeedDemoResult> {
  return createTenancy(conn).run(systemScope, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('kadar.seed.demo'))`);
    const present = await tx.select({ id: users.id }).from(users).where(eq(users.email, demoAdminEmail));
    if (present.length > 0)
      return {
        created: false,
        organisations: 0,
        orgUnits: 0,
        users: 0,
        systematisations: 0,
        positions: 0,
        employees: 0,
        employments: 0,
        appraisals: 0,
        learning: noLearning,
        advisory: noAdvisory,
        library: noLibrary,
        practices: noPractices,
        news: noNews,
      };

    await upsertCountries(tx);
    // One argon2id hash for every demo account: they share the demo password.
    const passwordHash = await hash(options.password);
    const writer = createSeedWriter();
    const orgIds = new Map<string, string>();
    const placedUnits = new Map<string, PlacedUnit[]>();
    const staffAccounts = new Map<string, StaffAccount[]>();

    for (const o of demoOrganisations) {
      orgIds.set(
        o.slug,
        writer.organisation({
          country: o.country,
          kind: o.kind,
          bodyRole: o.bodyRole ?? null,
          name: o.name,
          nameLatin: o.nameLatin,
          region: o.region ?? null,
          website: o.website ?? null,
        }),
      );
    }
    for (const m of demoMunicipalities) {
      placedUnits.set(
        m.slug,
        writer.units(orgIds.get(m.slug) as string, demoAdministration(m), latinFor(m.country)),
      );
    }
    for (const a of demoAccounts) {
      // A manager's membership is the unit they head in the act (the staff seed puts them there).
      const orgUnitId = a.unit ? placedUnits.get(a.organisation)?.find((u) => u.name === a.unit)?.id : null;
      if (a.unit && !orgUnitId)
        throw new Error(`demo data: ${a.email}: no unit "${a.unit}" in ${a.organisation}`);
      const userId = writer.user({ email: a.email, name: a.name, locale: a.locale, passwordHash }, [
        { organisationId: orgIds.get(a.organisation) as string, role: a.role, orgUnitId: orgUnitId ?? null },
      ]);
      if (placedUnits.has(a.organisation))
        staffAccounts.set(a.organisation, [
          ...(staffAccounts.get(a.organisation) ?? []),
          { email: a.email, name: a.name, role: a.role, userId, ...(a.unit ? { unit: a.unit } : {}) },
        ]);
    }
    const staff = createStaffWriter();
    const today = toIsoDay(new Date());
    seedDemoStaff(
      staff,
      demoMunicipalities.map((m) => ({
        municipality: m,
        organisationId: orgIds.get(m.slug) as string,
        units: placedUnits.get(m.slug) ?? [],
        accounts: staffAccounts.get(m.slug) ?? [],
      })),
      today,
    );

    const counts = {
      created: true,
      organisations: writer.rows.organisations.length,
      orgUnits: writer.rows.orgUnits.length,
      users: writer.rows.users.length,
      systematisations: staff.rows.systematisations.length,
      positions: staff.rows.positions.length,
      employees: staff.rows.employees.length,
      employments: staff.rows.employments.length,
    };
    await writer.flush(tx);
    await staff.flush(tx);
    // Appraisals read the staff back: who held which job when, and who may rate them.
    const appraisals = await seedDemoAppraisals(
      tx,
      demoMunicipalities.map((m) => ({
        slug: m.slug,
        country: m.country,
        organisationId: orgIds.get(m.slug) as string,
      })),
      today,
    );
    // Trainings read the staff and logins back: who takes part, who approves, who teaches.
    const learning = await seedDemoLearning(tx, orgIds, today);
    // The advisory Q&A reads the logins back: the askers and the associations' experts.
    const advisory = await seedDemoAdvisory(tx, orgIds, today);
    // The library's PDFs go to the file store; its rows name the associations and academies.
    const library = await seedDemoLibrary(tx, orgIds, options.files);
    // The good practices name the municipalities, their HR officers and the nominating logins.
    const practices = await seedDemoPractices(tx, orgIds, today);
    // The directory's cards and the bell's notifications read the logins and questions back.
    await seedDemoDirectory(tx, today);
    // News and events name the associations, academies and a few municipalities.
    const news = await seedDemoNews(tx, orgIds, today);
    return { ...counts, appraisals: appraisals.appraisals, learning, advisory, library, practices, news };
  });
}
