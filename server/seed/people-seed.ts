import { randomUUID } from 'node:crypto';
import type { Role } from '../../contracts/access';
import type { leaveReasons } from '../../contracts/people';
import { employeeSearch, sortNames } from '../modules/people/person-names';
import {
  type Contract,
  careerOf,
  type EmploymentRow,
  earliestHire,
  recordsOf,
  type Staffing,
  type Stint,
} from './career-seed';
import type { PersonName } from './demo-names';
import type { JobProfile } from './job-profile';
import { educationOf, examsOf, languagesOf, newPerson, type Person } from './person-seed';
import type { PlannedPosition } from './positions-seed';
import { addDays, ageOn, dayBetween } from './seed-dates';
import { chance, intBetween, pickFrom, shuffled, weighted } from './seed-random';
import type { PlacedUnit } from './seed-writer';
import type { StaffWriter } from './staff-writer';

type LeaveReason = (typeof leaveReasons)[number];

/** A demo account that gets a personnel file on a given job. */
export type LinkedAccount = { userId: string; email: string; name: PersonName; positionId: string };

/** A municipality's account before it has a job: its unit (by name) is the membership's. */
export type StaffAccount = { email: string; name: string; role: Role; userId: string; unit?: string };

/** The job an account holds: a manager heads their unit, the others have an expert job in theirs. */
export function seatFor(
  profile: JobProfile,
  positions: readonly PlannedPosition[],
  account: StaffAccount,
  units: readonly PlacedUnit[],
  used: Set<string>,
): PlannedPosition {
  const unit =
    account.role === 'hr_officer'
      ? (units.find((u) => profile.hrUnit.test(u.name)) ?? units[0])
      : units.find((u) => u.name === account.unit);
  const own = positions.filter((p) => p.unit.id === unit?.id && !used.has(p.id));
  const found =
    account.role === 'manager'
      ? own.find((p) => p.head)
      : (own.find((p) => !p.head && p.category === 'official' && p.job.level === 'expert') ??
        own.find((p) => !p.head));
  if (!found) throw new Error(`seed: no job for ${account.email}`);
  used.add(found.id);
  return found;
}

export type StaffCounts = { active: number; leavers: number };

/** Ages by kind of job: heads are experienced, trainees young. */
const agesFor = (p: PlannedPosition): readonly [number, number] =>
  p.head ? [35, 62] : p.category === 'support' ? [24, 64] : [22, 64];

function writeEmployee(
  staff: StaffWriter,
  staffing: Staffing,
  person: Person,
  career: { stints: Stint[]; contract: Contract },
  extra: { userId?: string; leftOn?: string; leaveReason?: LeaveReason },
): void {
  const id = randomUUID();
  const records: EmploymentRow[] = recordsOf(staffing, id, career.stints, career.contract);
  const first = records[0] as EmploymentRow;
  const last = records[records.length - 1] as EmploymentRow;
  const current = career.stints[career.stints.length - 1]?.position as PlannedPosition;
  const { office } = staffing;
  const names = {
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameLatin: person.givenNameLatin,
    familyNameLatin: person.familyNameLatin,
  };
  staff.rows.employees.push({
    id,
    organisationId: office.organisationId,
    userId: extra.userId ?? null,
    ...names,
    ...sortNames(names),
    nationalId: person.nationalId,
    birthDate: person.birthDate,
    gender: person.gender,
    email: person.email,
    phone: person.phone,
    address: null,
    education: educationOf(office, person, current),
    exams: examsOf(office, current, first.startsOn),
    languages: languagesOf(office, current),
    status: extra.leftOn ? 'left' : 'active',
    leftOn: extra.leftOn ?? null,
    leaveReason: extra.leaveReason ?? null,
    orgUnitId: last.orgUnitId,
    positionId: last.positionId,
    category: last.category,
    titleCode: last.titleCode,
    contractType: last.contractType,
    hiredOn: first.startsOn,
    search: employeeSearch({ ...names, nationalId: person.nationalId, email: person.email }),
  });
  staff.rows.employments.push(...records);
}

/** Who is on which job: the linked accounts first, nearly every head, then open seats at random. */
function seatsOf(staffing: Staffing, linked: readonly LinkedAccount[], active: number): PlannedPosition[] {
  const { positions } = staffing.versions.adopted;
  const { random } = staffing.office;
  const taken = new Map<string, number>();
  const seats: PlannedPosition[] = [];
  const take = (p: PlannedPosition) => {
    taken.set(p.id, (taken.get(p.id) ?? 0) + 1);
    seats.push(p);
  };
  for (const a of linked) {
    const p = positions.find((x) => x.id === a.positionId);
    if (!p || (taken.get(p.id) ?? 0) >= p.executors) throw new Error(`seed: no free seat for ${a.email}`);
    take(p);
  }
  for (const p of positions)
    if (p.head && !taken.has(p.id) && seats.length < active && chance(0.95, random)) take(p);
  const open = shuffled(
    positions.flatMap((p) => Array.from({ length: p.executors - (taken.get(p.id) ?? 0) }, () => p)),
    random,
  );
  for (const p of open) {
    if (seats.length >= active) break;
    if (!p.head) take(p);
  }
  return seats.slice(linked.length);
}

function leaveReasonOf(staffing: Staffing, birthDate: string, leftOn: string): LeaveReason {
  const { random } = staffing.office;
  if (ageOn(birthDate, leftOn) >= 60 && chance(0.8, random)) return 'retirement';
  return weighted(
    [
      ['resignation', 6],
      ['transfer_out', 3],
      ['dismissal', 1],
      ['other', 1],
    ] as const,
    random,
  );
}

/** Someone who left: some before the adopted act took effect (their records stay on the older act). */
function addLeaver(staff: StaffWriter, staffing: Staffing): void {
  const { office, versions } = staffing;
  const { random, today } = office;
  const candidates = versions.adopted.positions.filter((p) => !p.head);
  const position = pickFrom(candidates, random);
  const person = newPerson(office, agesFor(position));
  const validFrom = versions.adopted.validFrom;
  const longAgo = Boolean(versions.superseded && versions.sourceOf.has(position.id) && chance(0.4, random));
  const lastDay = longAgo ? addDays(validFrom, -1) : addDays(today, -10);
  let earliest = earliestHire(office, position, person.birthDate);
  if (versions.superseded && !versions.sourceOf.has(position.id) && earliest < validFrom)
    earliest = validFrom;
  const latestHire = addDays(lastDay, -200);
  const hired = earliest < latestHire ? dayBetween(earliest, latestHire, random) : addDays(lastDay, -200);
  const fixedTerm = chance(0.15, random);
  const leftOn = fixedTerm
    ? (() => {
        const end = addDays(hired, intBetween(180, 720, random));
        return end < lastDay ? end : lastDay;
      })()
    : dayBetween(addDays(hired, 180), lastDay, random);
  writeEmployee(
    staff,
    staffing,
    person,
    {
      stints: [{ position, start: hired, kind: 'hire' }],
      contract: { type: fixedTerm ? 'fixed_term' : 'permanent', endsOn: leftOn },
    },
    { leftOn, leaveReason: fixedTerm ? 'contract_end' : leaveReasonOf(staffing, person.birthDate, leftOn) },
  );
}

/**
 * Personnel files and employment histories of a municipality: `active` people on the adopted
 * act's jobs (never more than a job's executors), the linked accounts among them, and `leavers`.
 */
export function seedPeople(
  staff: StaffWriter,
  staffing: Staffing,
  counts: StaffCounts,
  linked: readonly LinkedAccount[] = [],
): void {
  const { office } = staffing;
  const positions = new Map(staffing.versions.adopted.positions.map((p) => [p.id, p]));
  for (const a of linked) {
    const position = positions.get(a.positionId) as PlannedPosition;
    const person = newPerson(office, [30, 55], a.name);
    office.takenEmails.add(a.email);
    writeEmployee(
      staff,
      staffing,
      { ...person, email: a.email },
      careerOf(staffing, position, person.birthDate, { permanent: true }),
      { userId: a.userId },
    );
  }
  for (const position of seatsOf(staffing, linked, counts.active)) {
    const person = newPerson(office, agesFor(position));
    writeEmployee(staff, staffing, person, careerOf(staffing, position, person.birthDate), {});
  }
  for (let i = 0; i < counts.leavers; i++) addLeaver(staff, staffing);
}
