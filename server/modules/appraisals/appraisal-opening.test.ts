import { describe, expect, it } from 'vitest';
import { groupOf, hiredBy, raterFor } from './appraisal-opening';

const raters = [
  { userId: 'head-finance', name: 'A', role: 'manager', unitPath: '/fin/' },
  { userId: 'head-budget', name: 'B', role: 'manager', unitPath: '/fin/budget/' },
  { userId: 'hr', name: 'C', role: 'hr_officer', unitPath: null },
];
const person = (userId: string | null, unitPath: string | null, category = 'official') => ({
  id: 'p',
  userId,
  unitPath,
  category,
  required: null,
});

describe('opening a cycle', () => {
  it('gives the head of the nearest unit above as rater, never the person themself', () => {
    expect(raterFor(person('u', '/fin/budget/'), raters)).toBe('head-budget');
    expect(raterFor(person('head-budget', '/fin/budget/'), raters)).toBe('head-finance');
    expect(raterFor(person('head-finance', '/fin/'), raters)).toBe('hr');
    expect(raterFor(person('u', '/urbanism/'), raters)).toBe('hr');
    expect(raterFor(person('hr', null), raters.slice(0, 2))).toBeNull();
  });

  it('sorts people into executive, manager and senior groups', () => {
    expect(groupOf(person('u', '/fin/'), raters)).toBe('executive');
    expect(groupOf(person('head-budget', '/fin/budget/'), raters)).toBe('manager');
    expect(groupOf(person('u', '/fin/', 'senior'), raters)).toBe('senior');
  });

  it('counts the months an official must have worked in the year', () => {
    const rules = { minMonthsWorked: 6 } as Parameters<typeof hiredBy>[0];
    expect(hiredBy(rules, 2026)).toBe('2026-07-01');
    expect(hiredBy({ ...rules, minMonthsWorked: 0 }, 2026)).toBe('2027-01-01');
  });
});
