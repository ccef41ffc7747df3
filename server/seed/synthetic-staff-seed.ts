import type { Tx } from '../db/client';
import { type Staffing, versionsOf } from './career-seed';
import { namePoolsOf } from './demo-names';
import { type LinkedAccount, seatFor, seedPeople } from './people-seed';
import { type PlannedVersion, planPositions, planVersion, writeVersion } from './positions-seed';
import { addDays, dayBetween } from './seed-dates';
import { intBetween, pickFrom } from './seed-random';
import { serbianJobs } from './serbian-jobs-data';
import { createStaffWriter } from './staff-writer';
import type { SyntheticWorld } from './synthetic-seed';

/** Municipalities planned and written per round: bounds memory at 100,000 employees. */
const municipalitiesPerFlush = 20;
/** One in twenty people on file has left. */
const leaverShare = 0.05;

/**
 * Every synthetic municipality's adopted act, its jobs (executors grown to the staff size) and
 * `employees` personnel files with employment records; the municipality's three accounts get a
 * file on a job of their unit (the manager heads theirs). Serbian jobs, titles and JMBGs.
 */
export async function addStaff(
  world: SyntheticWorld,
  tx: Tx,
  employees: number,
): Promise<{ systematisations: number; positions: number; employees: number; employments: number }> {
  const { random } = world;
  const staff = createStaffWriter();
  const today = new Date().toISOString().slice(0, 10);
  const leavers = Math.round(employees * leaverShare);
  const active = employees - leavers;
  for (const [i, m] of world.municipalities.entries()) {
    const head = planVersion(
      serbianJobs,
      m.id,
      'adopted',
      dayBetween(addDays(today, -900), addDays(today, -300), random),
      random,
    );
    const adopted: PlannedVersion = {
      ...head,
      positions: planPositions(
        serbianJobs,
        { organisationId: m.id, systematisationId: head.id },
        m.units,
        { city: m.kind === 'city', large: true, maxExecutors: 4, slots: Math.ceil(active / 0.92) },
        random,
      ),
    };
    writeVersion(staff, adopted);
    const staffing: Staffing = {
      office: {
        organisationId: m.id,
        country: 'RS',
        scheme: 'jmbg',
        toLatin: serbianJobs.toLatin,
        slug: m.slug,
        town: m.name,
        regionDigits: pickFrom(['71', '72', '73', '74', '77', '78', '79', '80'], random),
        namePools: namePoolsOf('RS', m.slug),
        today,
        random,
        takenIds: new Set(),
        takenEmails: new Set(),
        actSequence: intBetween(20, 200, random),
      },
      profile: serbianJobs,
      versions: versionsOf(adopted),
    };
    const used = new Set<string>();
    const linked: LinkedAccount[] = m.staffAccounts.map((a) => ({
      userId: a.userId,
      email: a.email,
      name: a.person,
      positionId: seatFor(serbianJobs, adopted.positions, a, m.units, used).id,
    }));
    seedPeople(staff, staffing, { active, leavers }, linked);
    if ((i + 1) % municipalitiesPerFlush === 0) await staff.flush(tx);
  }
  await staff.flush(tx);
  return staff.written;
}
