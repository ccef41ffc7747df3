import type { EducationLevel, PositionCategory } from '../../contracts/positions';
import type { SeedCountry } from './seed-latin';

/** What an employee on a job studied: picks the faculty of their diploma. */
export type StudyField =
  | 'law'
  | 'economics'
  | 'architecture'
  | 'engineering'
  | 'it'
  | 'agriculture'
  | 'social'
  | 'environment'
  | 'management';

/** Licences some jobs ask for beyond the state professional exam. */
export type ExamKind = 'inspector' | 'registrar' | 'auditor' | 'bar';

/** A job of an act on systematisation before it has a title, an org unit and an id. */
export type JobTemplate = {
  name: string;
  description: string;
  /** expert: university titles; clerk: secondary-school titles; else the title it always has. */
  level: 'expert' | 'clerk' | { category: PositionCategory; titleCode: string };
  field: StudyField;
  exam?: ExamKind;
  /** A job of which an office has several (inspectors, clerks at the counter, drivers). */
  many?: boolean;
  /** The name is the job's own ("Юрисконсулт"), not an area its title is named after. */
  ownName?: boolean;
};

export type HeadContext = { city: boolean; large: boolean };

/**
 * How a country's acts name and grade jobs: the titles of its pack by level, the jobs each kind
 * of unit has, and the head of a unit. One profile per country; the plan builder is shared.
 */
export type JobProfile = {
  country: SeedCountry;
  toLatin: (text: string) => string;
  /** Titles of expert and clerical jobs with their weights (more juniors than seniors, roughly). */
  expertTitles: readonly (readonly [string, number])[];
  clerkTitles: readonly (readonly [string, number])[];
  /** Titles a trainee may hold. */
  traineeTitles: readonly string[];
  /** Official titles, highest first: a promotion goes up this list. */
  titleRank: readonly string[];
  educationOf: (titleCode: string) => EducationLevel;
  /** The job's name with its title (Bulgarian acts name "Главен експерт „Бюджет“"). */
  positionName: (job: JobTemplate, titleCode: string) => string;
  /** The head of a unit, and a deputy where the law has one. */
  headsOf: (unitName: string, context: HeadContext) => JobTemplate[];
  jobsOf: (unitName: string) => readonly JobTemplate[];
  /** Drivers, couriers, cleaners: placed in the unit for common services. */
  supportUnit: RegExp;
  supportJobs: readonly JobTemplate[];
  /** Jobs an older act had and the current one dropped. */
  retiredJobs: readonly JobTemplate[];
  /** Where the HR officer works. */
  hrUnit: RegExp;
  /** Register numbers of acts: the rulebook and the decisions on employment. */
  actNumber: {
    systematisation: (n: number, year: number) => string;
    employment: (n: number, year: number) => string;
  };
};

export const expert = (
  name: string,
  description: string,
  field: StudyField,
  extra: Pick<JobTemplate, 'exam' | 'many' | 'ownName'> = {},
): JobTemplate => ({ name, description, level: 'expert', field, ...extra });

export const clerk = (
  name: string,
  description: string,
  field: StudyField,
  extra: Pick<JobTemplate, 'exam' | 'many' | 'ownName'> = {},
): JobTemplate => ({ name, description, level: 'clerk', field, ...extra });

export const fixedTitle = (
  category: PositionCategory,
  titleCode: string,
  name: string,
  description: string,
  field: StudyField,
  many = false,
): JobTemplate => ({ name, description, level: { category, titleCode }, field, many, ownName: true });

/** The jobs of the first pattern that matches a unit's name, else the fallback. */
export function jobsByUnit(
  table: readonly (readonly [RegExp, readonly JobTemplate[]])[],
  fallback: readonly JobTemplate[],
): (unitName: string) => readonly JobTemplate[] {
  return (unitName) => table.find(([pattern]) => pattern.test(unitName))?.[1] ?? fallback;
}
