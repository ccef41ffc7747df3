import { describe, expect, it } from 'vitest';
import { findCountryPack } from '../../packs/packs';
import { addWorkingDays, workingDaysBetween } from './working-days';

const none = { holidays: [] };

describe('working days', () => {
  it('skips weekends', () => {
    // Friday 2026-11-20 + 5 working days = Friday 2026-11-27; Monday + 5 = the next Monday.
    expect(addWorkingDays(none, '2026-11-20', 5)).toBe('2026-11-27');
    expect(addWorkingDays(none, '2026-11-23', 5)).toBe('2026-11-30');
    // A question sent on a Saturday counts from the Monday after.
    expect(addWorkingDays(none, '2026-11-21', 1)).toBe('2026-11-23');
  });

  it("skips the country's holidays, which differ between countries", () => {
    const rs = { holidays: findCountryPack('RS')?.advice.holidays ?? [] };
    const bg = { holidays: findCountryPack('BG')?.advice.holidays ?? [] };
    // Orthodox Easter 2026: Good Friday 10 April and Monday 13 April are off in both countries.
    expect(addWorkingDays(rs, '2026-04-08', 5)).toBe('2026-04-17');
    expect(addWorkingDays(bg, '2026-04-08', 5)).toBe('2026-04-17');
    // 3 March is Liberation Day in Bulgaria only; 11 November is Armistice Day in Serbia only.
    expect(addWorkingDays(bg, '2026-03-02', 1)).toBe('2026-03-04');
    expect(addWorkingDays(rs, '2026-03-02', 1)).toBe('2026-03-03');
    expect(addWorkingDays(rs, '2026-11-10', 1)).toBe('2026-11-12');
    expect(addWorkingDays(bg, '2026-11-10', 1)).toBe('2026-11-11');
    // Christmas in Bulgaria: 24, 25 December and (for the Saturday 26th) Monday 28 December 2026.
    expect(addWorkingDays(bg, '2026-12-23', 1)).toBe('2026-12-29');
  });

  it('counts the working days between two days', () => {
    expect(workingDaysBetween(none, '2026-11-20', '2026-11-27')).toBe(5);
    expect(workingDaysBetween(none, '2026-11-27', '2026-11-20')).toBe(0);
    expect(workingDaysBetween({ holidays: ['2026-11-25'] }, '2026-11-20', '2026-11-27')).toBe(4);
  });
});
