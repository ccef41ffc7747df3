import { describe, expect, it } from 'vitest';
import type { AppraisalStatus } from '../../../contracts/appraisals';
import { actionsFor, requireAction } from './appraisal-flow';

const today = '2026-06-01';
const as = (party: 'rater' | 'official' | 'hr') => ({
  rater: false,
  official: false,
  hr: false,
  [party]: true,
});
const state = (status: AppraisalStatus, appealDeadline: string | null = null) => ({
  status,
  appealDeadline,
  today,
});

describe('appraisal flow', () => {
  it.each([
    ['draft', 'rater', ['edit_goals', 'propose_goals']],
    ['draft', 'official', []],
    ['draft', 'hr', ['assign_rater']],
    ['goals_proposed', 'official', ['acknowledge_goals']],
    ['goals_proposed', 'rater', ['edit_goals']],
    ['active', 'rater', ['interim', 'rate', 'submit_rating', 'comment']],
    ['active', 'official', ['comment']],
    ['rated', 'official', ['comment', 'acknowledge']],
    ['rated', 'hr', ['finalise']],
    ['acknowledged', 'hr', ['finalise']],
    ['appealed', 'hr', ['decide_appeal']],
    ['closed', 'hr', []],
  ] as const)('%s: the %s may %j', (status, party, actions) => {
    expect(actionsFor(state(status, '2026-06-10'), as(party))).toEqual(actions);
  });

  it('opens the appeal only until its deadline', () => {
    expect(actionsFor(state('finalised', '2026-06-01'), as('official'))).toEqual(['appeal']);
    expect(actionsFor(state('finalised', '2026-05-31'), as('official'))).toEqual([]);
    expect(() => requireAction('appeal', state('finalised', '2026-05-31'), as('official'))).toThrow(
      'appeal_window_closed',
    );
  });

  it('tells a locked record, a wrong step and someone else’s action apart', () => {
    expect(() => requireAction('rate', state('closed'), as('rater'))).toThrow('appraisal_locked');
    expect(() => requireAction('rate', state('draft'), as('rater'))).toThrow('appraisal_wrong_step');
    expect(() => requireAction('rate', state('active'), as('official'))).toThrow('forbidden');
  });
});
