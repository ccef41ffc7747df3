import type { Appraisal, AppraisalStatus } from '../../../contracts/appraisals';

/** The steps of a year's appraisal in the order the law runs them. */
export const appraisalSteps = [
  'goals',
  'goalsAcknowledgement',
  'interim',
  'rating',
  'acknowledgement',
  'decision',
  'appeal',
] as const;
type AppraisalStep = (typeof appraisalSteps)[number];

/** After finalisation nothing in the appraisal can change any more (an appeal is recorded beside it). */
export const lockedStatuses: ReadonlySet<AppraisalStatus> = new Set(['finalised', 'appealed', 'closed']);

/** The HR officer may change the rater until the rating is given (the list carries no `actions`). */
export const raterChangeableStatuses: ReadonlySet<AppraisalStatus> = new Set([
  'draft',
  'goals_proposed',
  'active',
]);

type Progress = Pick<Appraisal, 'status' | 'interimAt' | 'appealDeadline'>;

/**
 * The index of the step under way; `appraisalSteps.length` when every step is done (closed, or
 * finalised with the appeal window over). The interim review is done once it was recorded.
 */
export function currentStep(appraisal: Progress, today: string): number {
  const index = (step: AppraisalStep) => appraisalSteps.indexOf(step);
  switch (appraisal.status) {
    case 'draft':
      return index('goals');
    case 'goals_proposed':
      return index('goalsAcknowledgement');
    case 'active':
      return appraisal.interimAt ? index('rating') : index('interim');
    case 'rated':
      return index('acknowledgement');
    case 'acknowledged':
      return index('decision');
    case 'finalised':
      return appraisal.appealDeadline && appraisal.appealDeadline < today
        ? appraisalSteps.length
        : index('appeal');
    case 'appealed':
      return index('appeal');
    case 'closed':
      return appraisalSteps.length;
  }
}

/** The current step's deadline has passed while the appraisal is still under way. */
export function isOverdue(
  appraisal: { status: AppraisalStatus; dueOn: string | null },
  today: string,
): boolean {
  return Boolean(appraisal.dueOn && appraisal.dueOn < today && !lockedStatuses.has(appraisal.status));
}
