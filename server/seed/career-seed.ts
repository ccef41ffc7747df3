import type { ContractType } from '../../contracts/people';
import type { employments } from '../modules/people/people.tables';
import type { JobProfile } from './job-profile';
import type { Office } from './person-seed';
import type { PlannedPosition, PlannedVersion } from './positions-seed';
import { addDays, addYears, ageOn, dayBetween } from './seed-dates';
import { chance, intBetween, pickFrom } from './seed-random';

/** The act in force and, in some municipalities, the one before it. */
export type Versions = {
  adopted: PlannedVersion;
  superseded?: PlannedVersion;
  /** An adopted position's counterpart in the superseded act. */
  sourceOf: Map<string, PlannedPosition>;
};

export function versionsOf(adopted: PlannedVersion, superseded?: PlannedVersion): Versions {
  const byId = new Map((superseded?.positions ?? []).map((p) => [p.id, p]));
  const sourceOf = new Map<string, PlannedPosition>();
  for (const p of adopted.positions) {
    const source = p.sourceId ? byId.get(p.sourceId) : undefined;
    if (source) sourceOf.set(p.id, source);
  }
  return superseded ? { adopted, superseded, sourceOf } : { adopted, sourceOf };
}

type Kind = 'hire' | 'promotion' | 'transfer';
export type Stint = { position: PlannedPosition; start: string; kind: Kind };
export type Contract = { type: ContractType; endsOn: string | null };
export type EmploymentRow = typeof employments.$inferInsert;

/** The earliest day someone with this job's schooling can have started: at 19, or 23 with a degree. */
export function earliestHire(office: Office, position: PlannedPosition, birthDate: string): string {
  const graduate = ['bachelor', 'master', 'doctorate'].includes(position.requiredEducation);
  const start = addYears(birthDate, graduate ? 23 : 19);
  const floor = addYears(office.today, -35);
  return start > floor ? start : floor;
}

/** A municipality's staffing: the office, its country's jobs and its acts. */
export type Staffing = { office: Office; profile: JobProfile; versions: Versions };

/** A job the person held before the current one: a lower title in the unit, else the same kind elsewhere. */
function previousOf(
  { office, profile, versions }: Staffing,
  current: PlannedPosition,
): PlannedPosition | null {
  const rank = (p: PlannedPosition) => profile.titleRank.indexOf(p.titleCode);
  const all = versions.adopted.positions;
  const lower = all.filter(
    (p) =>
      !p.head &&
      p.category === 'official' &&
      p.unit.id === current.unit.id &&
      p.id !== current.id &&
      (current.head || rank(p) > rank(current)),
  );
  if (lower.length > 0) return pickFrom(lower, office.random);
  const elsewhere = all.filter(
    (p) => !p.head && p.category === current.category && p.unit.id !== current.unit.id,
  );
  return elsewhere.length > 0 ? pickFrom(elsewhere, office.random) : null;
}

/**
 * The jobs someone held up to `position`, with the contract of the current one: trainees and
 * fixed-term staff are recent hires; about a third of long-serving staff were promoted or moved.
 */
export function careerOf(
  staffing: Staffing,
  position: PlannedPosition,
  birthDate: string,
  options: { permanent?: boolean } = {},
): { stints: Stint[]; contract: Contract } {
  const { office, profile, versions } = staffing;
  const { random, today } = office;
  const latest = addDays(today, -20);
  const earliest = earliestHire(office, position, birthDate);
  const validFrom = versions.adopted.validFrom;
  const from = (day: string) => (day < earliest ? earliest : day);
  const single = (start: string, contract: Contract) => ({
    stints: [{ position, start, kind: 'hire' as const }],
    contract,
  });
  if (!options.permanent && !position.head) {
    const young = ageOn(birthDate, today) <= 30;
    if (young && profile.traineeTitles.includes(position.titleCode) && chance(0.3, random)) {
      const start = dayBetween(from(addDays(today, -300)), latest, random);
      return single(start, { type: 'trainee', endsOn: addDays(addYears(start, 1), -1) });
    }
    if (chance(0.08, random))
      return single(dayBetween(from(addDays(today, -600)), latest, random), {
        type: 'fixed_term',
        endsOn: dayBetween(addDays(today, 30), addDays(today, 540), random),
      });
  }
  const permanent: Contract = { type: 'permanent', endsOn: null };
  const hired = dayBetween(earliest < latest ? earliest : addDays(latest, -30), latest, random);
  let stints: Stint[] = [{ position, start: hired, kind: 'hire' }];
  if (hired < addYears(today, -3) && chance(position.head ? 0.6 : 0.3, random)) {
    const previous = previousOf(staffing, position);
    if (previous) {
      const changed = dayBetween(addYears(hired, 1), addDays(today, -30), random);
      const kind = previous.unit.id === position.unit.id ? 'promotion' : 'transfer';
      stints = [
        { position: previous, start: hired, kind: 'hire' },
        { position, start: changed, kind },
      ];
    }
  }
  // A job the older act did not have cannot have been held before the adopted act took effect.
  if (versions.superseded && stints.some((s) => s.start < validFrom && !versions.sourceOf.has(s.position.id)))
    return single(dayBetween(validFrom > earliest ? validFrom : earliest, latest, random), permanent);
  return { stints, contract: permanent };
}

/**
 * The employment records of a career: one per job, the running one ends the day before the
 * next starts; a job held across the adopted act's date of effect is recorded on the older act's
 * position until then and continues by a reassignment, as adopting an act does in the service.
 */
export function recordsOf(
  staffing: Staffing,
  employeeId: string,
  stints: readonly Stint[],
  contract: Contract,
): EmploymentRow[] {
  const { office, versions } = staffing;
  const { adopted } = versions;
  const out: EmploymentRow[] = [];
  const record = (
    p: PlannedPosition,
    startsOn: string,
    endsOn: string | null,
    kind: string,
    contractType: ContractType,
    act?: { number: string; date: string },
  ): EmploymentRow => {
    const actDate = act?.date ?? addDays(startsOn, -intBetween(1, 10, office.random));
    return {
      organisationId: office.organisationId,
      employeeId,
      kind,
      positionId: p.id,
      orgUnitId: p.unit.id,
      category: p.category,
      titleCode: p.titleCode,
      contractType,
      workingTime: 100,
      startsOn,
      endsOn,
      actNumber: act?.number ?? actNumberOf(staffing, actDate),
      actDate,
    };
  };
  stints.forEach((s, i) => {
    const next = stints[i + 1];
    const end = next ? addDays(next.start, -1) : contract.endsOn;
    const type = next ? 'permanent' : contract.type;
    const source = versions.superseded ? versions.sourceOf.get(s.position.id) : undefined;
    if (source && s.start < adopted.validFrom) {
      const before = addDays(adopted.validFrom, -1);
      out.push(record(source, s.start, end !== null && end < before ? end : before, s.kind, type));
      if (end === null || end >= adopted.validFrom)
        out.push(
          record(s.position, adopted.validFrom, end, 'reassignment', type, {
            number: adopted.number,
            date: adopted.actDate,
          }),
        );
    } else out.push(record(s.position, s.start, end, s.kind, type));
  });
  return out;
}

function actNumberOf({ office, profile }: Staffing, actDate: string): string {
  office.actSequence++;
  return profile.actNumber.employment(office.actSequence, Number(actDate.slice(0, 4)));
}
