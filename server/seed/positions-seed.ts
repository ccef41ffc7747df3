import { randomUUID } from 'node:crypto';
import type { EducationLevel, PositionCategory } from '../../contracts/positions';
import { positionSearch } from '../modules/positions/positions.service';
import type { HeadContext, JobProfile, JobTemplate } from './job-profile';
import { addDays, dayBetween } from './seed-dates';
import { intBetween, type Random, shuffled, weighted } from './seed-random';
import type { PlacedUnit } from './seed-writer';
import type { StaffWriter } from './staff-writer';

/** A job of an act as the seed plans it, before it is a row. */
export type PlannedPosition = {
  id: string;
  organisationId: string;
  systematisationId: string;
  unit: PlacedUnit;
  job: JobTemplate;
  name: string;
  nameLatin: string;
  category: PositionCategory;
  titleCode: string;
  executors: number;
  head: boolean;
  code: string;
  requiredEducation: EducationLevel;
  sourceId: string | null;
};

export type PlannedVersion = {
  id: string;
  organisationId: string;
  number: string;
  actDate: string;
  validFrom: string;
  status: 'adopted' | 'superseded';
  positions: PlannedPosition[];
};

type PlanOptions = HeadContext & {
  /** Executors of a job of which there are several, at most. */
  maxExecutors: number;
  /** Grow executors until the act has at least this many (synthetic offices of any size). */
  slots?: number;
};

function position(
  profile: JobProfile,
  base: { organisationId: string; systematisationId: string; unit: PlacedUnit },
  job: JobTemplate,
  titleCode: string,
  category: PositionCategory,
  executors: number,
  head: boolean,
): PlannedPosition {
  const name = profile.positionName(job, titleCode);
  return {
    id: randomUUID(),
    ...base,
    job,
    name,
    nameLatin: profile.toLatin(name),
    category,
    titleCode,
    executors,
    head,
    code: '',
    requiredEducation: profile.educationOf(titleCode),
    sourceId: null,
  };
}

/** The jobs of every unit: its head (and deputy), its own jobs, support jobs in the common-services unit. */
export function planPositions(
  profile: JobProfile,
  ids: { organisationId: string; systematisationId: string },
  units: readonly PlacedUnit[],
  options: PlanOptions,
  random: Random,
): PlannedPosition[] {
  const planned: PlannedPosition[] = [];
  const executorsOf = (job: JobTemplate) =>
    job.many
      ? intBetween(2, options.maxExecutors, random)
      : intBetween(1, Math.min(2, options.maxExecutors), random);
  for (const unit of units) {
    const base = { ...ids, unit };
    for (const job of profile.headsOf(unit.name, options)) {
      const level = job.level as { category: PositionCategory; titleCode: string };
      planned.push(position(profile, base, job, level.titleCode, level.category, 1, true));
    }
    const own = [
      ...profile.jobsOf(unit.name),
      ...(profile.supportUnit.test(unit.name) ? profile.supportJobs : []),
    ];
    for (const job of own) {
      const { level } = job;
      if (typeof level === 'object') {
        planned.push(position(profile, base, job, level.titleCode, level.category, executorsOf(job), false));
        continue;
      }
      const titleCode = weighted(level === 'expert' ? profile.expertTitles : profile.clerkTitles, random);
      planned.push(position(profile, base, job, titleCode, 'official', executorsOf(job), false));
    }
  }
  if (options.slots) growTo(planned, options.slots);
  planned.forEach((p, i) => {
    p.code = String(i + 1);
  });
  return planned;
}

/** Adds executors to the jobs that have several (then to any non-head job) until the act has `slots`. */
function growTo(planned: PlannedPosition[], slots: number): void {
  const growable = planned.filter((p) => !p.head);
  const first = growable.filter((p) => p.job.many);
  const order = [...first, ...first, ...growable];
  let total = planned.reduce((n, p) => n + p.executors, 0);
  for (let i = 0; total < slots && order.length > 0; i++) {
    (order[i % order.length] as PlannedPosition).executors++;
    total++;
  }
}

/** An act of `actDate`, in force eight days later. */
export function planVersion(
  profile: JobProfile,
  organisationId: string,
  status: PlannedVersion['status'],
  actDate: string,
  random: Random,
): Omit<PlannedVersion, 'positions'> {
  return {
    id: randomUUID(),
    organisationId,
    number: profile.actNumber.systematisation(intBetween(1, 60, random), Number(actDate.slice(0, 4))),
    actDate,
    validFrom: addDays(actDate, 8),
    status,
  };
}

/**
 * The act before the adopted one: most jobs were already in it (the adopted act's positions point
 * to them by `sourceId`), a few are new, and it still had jobs the adopted act dropped.
 */
export function planSuperseded(profile: JobProfile, adopted: PlannedVersion, random: Random): PlannedVersion {
  const actDate = dayBetween(addDays(adopted.actDate, -5 * 365), addDays(adopted.actDate, -3 * 365), random);
  const version = planVersion(profile, adopted.organisationId, 'superseded', actDate, random);
  const isNew = new Set(
    shuffled(
      adopted.positions.filter((p) => !p.head),
      random,
    )
      .slice(0, Math.max(1, Math.round(adopted.positions.length / 12)))
      .map((p) => p.id),
  );
  const positions: PlannedPosition[] = [];
  for (const p of adopted.positions) {
    if (isNew.has(p.id)) continue;
    const copy: PlannedPosition = {
      ...p,
      id: randomUUID(),
      systematisationId: version.id,
      executors: Math.max(1, p.executors + (p.head ? 0 : intBetween(-1, 0, random))),
    };
    p.sourceId = copy.id;
    positions.push(copy);
  }
  const supportUnit = adopted.positions.find((p) => profile.supportUnit.test(p.unit.name))?.unit;
  if (supportUnit)
    for (const job of profile.retiredJobs) {
      const level = job.level as { category: PositionCategory; titleCode: string };
      positions.push(
        position(
          profile,
          { organisationId: adopted.organisationId, systematisationId: version.id, unit: supportUnit },
          job,
          level.titleCode,
          level.category,
          1,
          false,
        ),
      );
    }
  positions.forEach((p, i) => {
    p.code = String(i + 1);
  });
  return { ...version, positions };
}

export function writeVersion(staff: StaffWriter, version: PlannedVersion): void {
  const { organisationId } = version;
  staff.rows.systematisations.push({
    id: version.id,
    organisationId,
    number: version.number,
    actDate: version.actDate,
    validFrom: version.validFrom,
    status: version.status,
    notes: null,
    adoptedAt: new Date(`${version.actDate}T10:00:00Z`),
  });
  for (const p of version.positions)
    staff.rows.positions.push({
      id: p.id,
      organisationId,
      systematisationId: version.id,
      orgUnitId: p.unit.id,
      sourceId: p.sourceId,
      code: p.code,
      name: p.name,
      nameLatin: p.nameLatin,
      category: p.category,
      titleCode: p.titleCode,
      executors: p.executors,
      description: p.job.description,
      requiredEducation: p.requiredEducation,
      requiredCompetencies: [],
      search: positionSearch(p),
    });
}
