import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../contracts/calendar-months';
import type { Enrolment } from '../../../contracts/learning-enrolments';
import { impactDue } from './impact-due';

describe('impact rating due dates', () => {
  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-01', 12)).toBe('2027-10-01');
  });

  it('offers completed trainings that ended long enough ago, once, and not the rater’s own', () => {
    const base = { status: 'completed', lastDay: '2026-01-10', employeeId: 'other' } as const;
    const enrolments = [
      { ...base, id: 'due' },
      { ...base, id: 'recent', lastDay: '2026-02-01' },
      { ...base, id: 'rated' },
      { ...base, id: 'own', employeeId: 'me' },
      { ...base, id: 'failed', status: 'not_completed' },
    ] as unknown as Enrolment[];
    const due = impactDue(enrolments, {
      months: 3,
      today: '2026-04-10',
      rated: new Set(['rated']),
      ownEmployeeId: 'me',
    });
    expect(due.map((e) => e.id)).toEqual(['due']);
  });
});
