import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../contracts/calendar-months';

describe('addMonths', () => {
  it('counts calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-05-15', 3)).toBe('2026-08-15');
    expect(addMonths('2026-05-15', -3)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
  });
});
