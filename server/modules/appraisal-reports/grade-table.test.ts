import { describe, expect, it } from 'vitest';
import { type GradeCounts, gradeTable } from './grade-table';

const columns = { grades: [1, 2, 3], topGrades: [3] };
const row = (key: string, counts: Record<number, number>): GradeCounts => ({
  key,
  label: key,
  counts: new Map(Object.entries(counts).map(([g, n]) => [Number(g), n])),
});
const sumOf = (rows: GradeCounts[]) => {
  const counts: Record<number, number> = {};
  for (const r of rows) for (const [g, n] of r.counts) counts[g] = (counts[g] ?? 0) + n;
  return row('total', counts);
};
const figures = (r: { cells: Array<{ count: number | null }> }) => r.cells.map((c) => c.count);

describe('gradeTable', () => {
  const rows = [row('a', { 1: 2, 2: 10, 3: 8 }), row('b', { 1: 3, 2: 6, 3: 9 }), row('c', { 2: 7, 3: 1 })];

  it('publishes everything to a reader who may see the files', () => {
    const t = gradeTable(columns, rows, sumOf(rows), true);
    expect(t.rows.map(figures)).toEqual([
      [2, 10, 8],
      [3, 6, 9],
      [0, 7, 1],
    ]);
    expect(figures(t.total)).toEqual([5, 23, 18]);
    expect(t.total.total).toEqual({ count: 46, suppressed: false });
  });

  it('keeps a grade total whose column hides two ambiguous cells, withholds one hiding a single cell', () => {
    const t = gradeTable(columns, rows, sumOf(rows), false);
    // Grade 1: 2 and 3 hidden, 5 published; grade 3: the 1 of "c" alone would follow from 18.
    expect(figures(t.total)).toEqual([5, 23, null]);
    expect(t.total.total.suppressed).toBe(true);
  });

  it('shares only beside a published total, and the top share only when its cells are published', () => {
    const t = gradeTable(columns, rows, sumOf(rows), false);
    const [a, , c] = t.rows;
    // "a": one hidden cell (2), so its total of 20 is withheld and no share is given.
    expect(a?.total.suppressed).toBe(true);
    expect(a?.cells.map((x) => x.share)).toEqual([null, null, null]);
    expect(c?.topShare).toBeNull();
  });
});
