import type { AppraisalAction, AppraisalStatus } from '../../../contracts/appraisals';
import { AppError, conflict } from '../../platform/errors';

/** How the reader stands to one appraisal. A rater never rates themself. */
export type Standing = { rater: boolean; official: boolean; hr: boolean };
type Party = keyof Standing;

/** The state machine as data: in which steps each action is possible, and for whom. */
const flow: Record<AppraisalAction, { in: readonly AppraisalStatus[]; by: readonly Party[] }> = {
  edit_goals: { in: ['draft', 'goals_proposed'], by: ['rater'] },
  propose_goals: { in: ['draft'], by: ['rater'] },
  acknowledge_goals: { in: ['goals_proposed'], by: ['official'] },
  interim: { in: ['active'], by: ['rater'] },
  rate: { in: ['active'], by: ['rater'] },
  submit_rating: { in: ['active'], by: ['rater'] },
  comment: { in: ['active', 'rated'], by: ['rater', 'official'] },
  acknowledge: { in: ['rated'], by: ['official'] },
  finalise: { in: ['rated', 'acknowledged'], by: ['hr'] },
  appeal: { in: ['finalised'], by: ['official'] },
  decide_appeal: { in: ['appealed'], by: ['hr'] },
  assign_rater: { in: ['draft', 'goals_proposed', 'active'], by: ['hr'] },
};

const locked: readonly AppraisalStatus[] = ['finalised', 'appealed', 'closed'];

export type FlowState = { status: AppraisalStatus; appealDeadline: string | null; today: string };

const appealOpen = (s: FlowState) => s.appealDeadline !== null && s.today <= s.appealDeadline;

function possible(action: AppraisalAction, state: FlowState): boolean {
  if (!flow[action].in.includes(state.status)) return false;
  return action !== 'appeal' || appealOpen(state);
}

/** Everything the reader may do now, in the flow's order. */
export function actionsFor(state: FlowState, standing: Standing): AppraisalAction[] {
  return (Object.keys(flow) as AppraisalAction[]).filter(
    (a) => possible(a, state) && flow[a].by.some((party) => standing[party]),
  );
}

/**
 * Refuses an action the reader may not take now: 409 when the step does not allow it (locked,
 * appeal window closed, wrong step), 403 when it is someone else's to take.
 */
export function requireAction(action: AppraisalAction, state: FlowState, standing: Standing): void {
  if (!possible(action, state)) {
    if (action === 'appeal' && state.status === 'finalised') throw conflict('appeal_window_closed');
    if (locked.includes(state.status)) throw conflict('appraisal_locked');
    throw conflict('appraisal_wrong_step', { status: state.status });
  }
  if (!flow[action].by.some((party) => standing[party])) throw new AppError(403, 'forbidden', { action });
}
