import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type { CompetencyGroup, RequiredCompetency } from '../../../contracts/competencies';
import type { CompetencyRow } from '../competencies/competencies.repo';

/** A person the cycle may appraise, with where they sit and what their job requires. */
export type Appraisable = {
  id: string;
  userId: string | null;
  unitPath: string | null;
  category: string | null;
  required: RequiredCompetency[] | null;
};

export type RaterCandidate = { userId: string; name: string; role: string; unitPath: string | null };

/** The deadlines of a year under the rules (month-day within the year). */
export const cycleDates = (rules: AppraisalRules, year: number) => ({
  goalsDue: `${year}-${rules.deadlines.goals}`,
  interimDue: `${year}-${rules.deadlines.interim}`,
  finalDue: `${year}-${rules.deadlines.final}`,
});

/** The last hire date that still leaves `minMonthsWorked` months in the year. */
export function hiredBy(rules: AppraisalRules, year: number): string {
  return new Date(Date.UTC(year, 12 - rules.minMonthsWorked, 1)).toISOString().slice(0, 10);
}

const managersOf = (raters: RaterCandidate[]) => raters.filter((r) => r.role === 'manager' && r.unitPath);

/** Senior positions, heads of units (a manager's membership) and everyone else. */
export function groupOf(person: Appraisable, raters: RaterCandidate[]): CompetencyGroup {
  if (person.category === 'senior') return 'senior';
  return managersOf(raters).some((m) => m.userId === person.userId) ? 'manager' : 'executive';
}

/**
 * The direct manager: the head of the nearest unit at or above the person's, never the person
 * themself (so a head of unit is rated by the head above). Without one, the HR officer.
 */
export function raterFor(person: Appraisable, raters: RaterCandidate[]): string | null {
  const path = person.unitPath ?? '';
  const above = managersOf(raters)
    .filter((m) => m.userId !== person.userId && path.startsWith(m.unitPath as string))
    .sort((a, b) => (b.unitPath as string).length - (a.unitPath as string).length);
  if (above[0]) return above[0].userId;
  return raters.find((r) => r.role === 'hr_officer' && r.userId !== person.userId)?.userId ?? null;
}

/**
 * What the appraisal rates: the framework's behavioural (RS) or core (BG) competencies for the
 * person's group, and every competency the job requires, at its required level.
 */
export function competenciesFor(
  group: CompetencyGroup,
  framework: CompetencyRow[],
  required: RequiredCompetency[] | null,
): Array<{ competency: CompetencyRow; requiredLevel: number | null }> {
  const levels = new Map((required ?? []).map((r) => [r.competencyId, r.level]));
  return framework
    .filter(
      (c) =>
        levels.has(c.id) ||
        (c.active &&
          c.organisationId === null &&
          (c.kind === 'behavioural' || c.kind === 'core') &&
          c.groups.includes(group)),
    )
    .map((competency) => ({ competency, requiredLevel: levels.get(competency.id) ?? null }));
}
