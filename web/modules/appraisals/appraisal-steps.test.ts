import { describe, expect, it } from 'vitest';
import { appraisalSteps, currentStep, isOverdue } from './appraisal-steps';

const at = (status: Parameters<typeof currentStep>[0]['status'], extra = {}) => ({
  status,
  interimAt: null,
  appealDeadline: null,
  ...extra,
});

describe('the step an appraisal is at', () => {
  it('follows the status through the year', () => {
    const step = (s: Parameters<typeof at>[0], extra = {}) =>
      appraisalSteps[currentStep(at(s, extra), '2026-06-01')];
    expect(step('draft')).toBe('goals');
    expect(step('goals_proposed')).toBe('goalsAcknowledgement');
    expect(step('active')).toBe('interim');
    expect(step('active', { interimAt: '2026-06-30T10:00:00Z' })).toBe('rating');
    expect(step('rated')).toBe('acknowledgement');
    expect(step('acknowledged')).toBe('decision');
    expect(step('appealed')).toBe('appeal');
  });

  it('keeps the appeal step open until its window ends', () => {
    expect(currentStep(at('finalised', { appealDeadline: '2026-06-01' }), '2026-06-01')).toBe(
      appraisalSteps.indexOf('appeal'),
    );
    expect(currentStep(at('finalised', { appealDeadline: '2026-06-01' }), '2026-06-02')).toBe(
      appraisalSteps.length,
    );
    expect(currentStep(at('closed'), '2026-06-02')).toBe(appraisalSteps.length);
  });
});

describe('overdue', () => {
  it('is a past deadline of a step still under way', () => {
    expect(isOverdue({ status: 'active', dueOn: '2026-05-31' }, '2026-06-01')).toBe(true);
    expect(isOverdue({ status: 'active', dueOn: '2026-06-01' }, '2026-06-01')).toBe(false);
    expect(isOverdue({ status: 'draft', dueOn: null }, '2026-06-01')).toBe(false);
    expect(isOverdue({ status: 'finalised', dueOn: '2026-01-31' }, '2026-06-01')).toBe(false);
  });
});
