import { describe, expect, it } from 'vitest';
import { decidedCount, progressParts } from './cycle-progress-parts';

const progress = {
  total: 8,
  byStatus: { closed: 1, draft: 4, finalised: 2, active: 1 },
  overdue: 3,
  withoutRater: 1,
};

describe('a cycle’s progress', () => {
  it('lists the statuses in the order of the year with their share', () => {
    expect(progressParts(progress)).toEqual([
      { status: 'draft', count: 4, percent: 50 },
      { status: 'active', count: 1, percent: 12.5 },
      { status: 'finalised', count: 2, percent: 25 },
      { status: 'closed', count: 1, percent: 12.5 },
    ]);
  });

  it('counts the appraisals decided', () => {
    expect(decidedCount(progress)).toBe(3);
  });

  it('has no parts for an empty cycle', () => {
    expect(progressParts({ total: 0, byStatus: {}, overdue: 0, withoutRater: 0 })).toEqual([]);
  });
});
