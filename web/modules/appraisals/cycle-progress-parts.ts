import { type AppraisalStatus, appraisalStatuses, type CycleProgress } from '../../../contracts/appraisals';
import { lockedStatuses } from './appraisal-steps';

type ProgressPart = { status: AppraisalStatus; count: number; percent: number };

/** The cycle's appraisals by status, in the order of the year, as shares of the whole (empty statuses left out). */
export function progressParts(progress: CycleProgress): ProgressPart[] {
  return appraisalStatuses
    .map((status) => ({ status, count: progress.byStatus[status] ?? 0 }))
    .filter((p) => p.count > 0)
    .map((p) => ({ ...p, percent: progress.total ? (p.count / progress.total) * 100 : 0 }));
}

/** How many appraisals of the cycle have reached a decision. */
export function decidedCount(progress: CycleProgress): number {
  return appraisalStatuses
    .filter((s) => lockedStatuses.has(s))
    .reduce((sum, s) => sum + (progress.byStatus[s] ?? 0), 0);
}
