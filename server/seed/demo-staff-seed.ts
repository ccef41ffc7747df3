import { findCountryPack } from '../packs/packs';
import { bulgarianJobs } from './bulgarian-jobs-data';
import { type Staffing, versionsOf } from './career-seed';
import type { DemoMunicipality } from './demo-data';
import { namePoolsOf, splitName } from './demo-names';
import type { JobProfile } from './job-profile';
import { type LinkedAccount, type StaffAccount, seatFor, seedPeople } from './people-seed';
import type { Office } from './person-seed';
import {
  type PlannedPosition,
  type PlannedVersion,
  planPositions,
  planSuperseded,
  planVersion,
  writeVersion,
} from './positions-seed';
import { addDays, dayBetween } from './seed-dates';
import { intBetween, type Random, seededRandom, seedOf } from './seed-random';
import type { PlacedUnit } from './seed-writer';
import { serbianJobs } from './serbian-jobs-data';
import type { StaffWriter } from './staff-writer';

/** Municipalities whose previous act is kept as a superseded version, so its history shows. */
export const demoWithHistory: readonly string[] = ['novi-pazar', 'kraljevo', 'nis', 'smolyan', 'burgas'];

/** JMBG region digits of the demo's Serbian districts (ISO 3166-2 code → RR). */
const jmbgRegion: Record<string, string> = {
  'RS-01': '82',
  'RS-02': '85',
  'RS-06': '80',
  'RS-08': '77',
  'RS-09': '77',
  'RS-12': '72',
  'RS-13': '72',
  'RS-17': '79',
  'RS-18': '78',
  'RS-20': '73',
  'RS-22': '73',
  'RS-24': '74',
};

export type DemoStaffInput = {
  municipality: DemoMunicipality;
  organisationId: string;
  units: readonly PlacedUnit[];
  accounts: readonly StaffAccount[];
};

export const jobProfileOf = (country: 'RS' | 'BG'): JobProfile =>
  country === 'RS' ? serbianJobs : bulgarianJobs;

/** Between 30 and 300 people, about nine in ten seats filled, a few who left. */
function countsOf(positions: readonly PlannedPosition[], random: Random) {
  const seats = positions.reduce((n, p) => n + p.executors, 0);
  const active = Math.min(275, Math.max(28, Math.round((seats * intBetween(82, 93, random)) / 100)));
  const leavers = Math.min(300 - active, Math.max(2, Math.round((active * intBetween(5, 10, random)) / 100)));
  return { active, leavers };
}

function officeOf(input: DemoStaffInput, today: string, random: Random): Office {
  const m = input.municipality;
  const profile = jobProfileOf(m.country);
  const scheme = findCountryPack(m.country)?.people.nationalId.scheme;
  if (!scheme) throw new Error(`demo data: no national ID scheme for ${m.country}`);
  return {
    organisationId: input.organisationId,
    country: m.country,
    scheme,
    toLatin: profile.toLatin,
    slug: m.slug,
    town: m.name,
    regionDigits: jmbgRegion[m.region ?? ''] ?? '71',
    namePools: namePoolsOf(m.country, m.slug),
    today,
    random,
    takenIds: new Set(),
    takenEmails: new Set(),
    actSequence: intBetween(20, 200, random),
  };
}

/**
 * The demo municipalities' acts on systematisation, jobs and staff: an adopted act (and in a few
 * the act before it), 30-300 people each, and the municipality's demo accounts in their jobs.
 * Deterministic per municipality (the PRNG is seeded by its slug); dates are relative to `today`.
 */
export function seedDemoStaff(staff: StaffWriter, inputs: readonly DemoStaffInput[], today: string): void {
  for (const input of inputs) {
    const m = input.municipality;
    const random = seededRandom(seedOf(m.slug));
    const profile = jobProfileOf(m.country);
    const actDate = dayBetween(addDays(today, -900), addDays(today, -300), random);
    const head = planVersion(profile, input.organisationId, 'adopted', actDate, random);
    const adopted: PlannedVersion = {
      ...head,
      positions: planPositions(
        profile,
        { organisationId: input.organisationId, systematisationId: head.id },
        input.units,
        {
          city: m.kind === 'city',
          large: m.size === 'large',
          maxExecutors: m.size === 'large' ? 4 : 3,
        },
        random,
      ),
    };
    const superseded = demoWithHistory.includes(m.slug)
      ? planSuperseded(profile, adopted, random)
      : undefined;
    if (superseded) writeVersion(staff, superseded);
    writeVersion(staff, adopted);
    const staffing: Staffing = {
      office: officeOf(input, today, random),
      profile,
      versions: versionsOf(adopted, superseded),
    };
    const used = new Set<string>();
    const linked: LinkedAccount[] = input.accounts.map((a) => ({
      userId: a.userId,
      email: a.email,
      name: splitName(a.name, m.country),
      positionId: seatFor(profile, adopted.positions, a, input.units, used).id,
    }));
    seedPeople(staff, staffing, countsOf(adopted.positions, random), linked);
  }
}
