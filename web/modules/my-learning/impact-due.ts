import { addMonths } from '../../../contracts/calendar-months';
import type { Enrolment } from '../../../contracts/learning-enrolments';

/**
 * The completed trainings whose impact the line manager rates now: ended at least `months` ago,
 * not yet rated, and not the rater's own.
 */
export function impactDue(
  enrolments: Enrolment[],
  options: { months: number; today: string; rated: Set<string>; ownEmployeeId: string | null },
): Enrolment[] {
  return enrolments.filter(
    (e) =>
      e.status === 'completed' &&
      addMonths(e.lastDay, options.months) <= options.today &&
      !options.rated.has(e.id) &&
      e.employeeId !== options.ownEmployeeId,
  );
}
