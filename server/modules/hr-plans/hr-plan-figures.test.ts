import { describe, expect, it } from 'vitest';
import type { HrPlanLine } from '../../../contracts/hr-plans';
import { actualRows, draftLines } from './hr-plan-figures';

const official = (titleCode: string, n: number, contractType?: string) => ({
  category: 'official',
  titleCode,
  n,
  ...(contractType ? { contractType } : {}),
});

describe('hr plan figures', () => {
  it('gives a line to titles found only among the staff', () => {
    const lines = draftLines([official('savetnik', 3)], [official('referent', 1, 'trainee')]);
    expect(lines).toEqual([
      { category: 'official', titleCode: 'savetnik', positions: 3, currentPermanent: 0, currentFixedTerm: 0 },
      { category: 'official', titleCode: 'referent', positions: 0, currentPermanent: 0, currentFixedTerm: 1 },
    ]);
  });

  it('adds rows for titles hired outside the plan', () => {
    const line = {
      id: crypto.randomUUID(),
      category: 'official',
      titleCode: 'savetnik',
      plannedPermanent: 1,
      plannedFixedTerm: 0,
      plannedTrainees: 0,
    } as HrPlanLine;
    const { items, total } = actualRows([line], [official('referent', 2, 'fixed_term')], []);
    expect(items[1]).toMatchObject({ lineId: null, titleCode: 'referent', hiredFixedTerm: 2 });
    expect(total).toMatchObject({ plannedPermanent: 1, hiredFixedTerm: 2 });
  });
});
