import { describe, expect, it } from 'vitest';
import { suppress } from './report-suppression';

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: String(i), count }));
const counts = (s: ReturnType<typeof suppress>) => s.rows.map((r) => r.count);

describe('small-cell suppression', () => {
  it('publishes everything for readers of the files', () => {
    const s = suppress(cells(1, 2, 9), true);
    expect(counts(s)).toEqual([1, 2, 9]);
    expect(s.total).toEqual({ count: 12, suppressed: false });
  });

  it('keeps zeros and cells of five or more, and the total when nothing is hidden', () => {
    const s = suppress(cells(0, 5, 12), false);
    expect(counts(s)).toEqual([0, 5, 12]);
    expect(s.total).toEqual({ count: 17, suppressed: false });
  });

  it('withholds the total when a single suppressed cell could be recomputed from it', () => {
    const s = suppress(cells(3, 6), false);
    expect(s.rows).toEqual([
      { key: '0', count: null, suppressed: true },
      { key: '1', count: 6, suppressed: false },
    ]);
    expect(s.total).toEqual({ count: null, suppressed: true });
  });

  it.each([
    [[1, 1, 9], false], // the two hidden cells must both be 1
    [[1, 2, 9], false], // their sum, 3, is itself a small cell
    [[4, 4, 9], false], // the two hidden cells must both be 4
    [[2, 3, 9], true],
    [[3, 4, 1, 9], true],
  ])('publishes the total over hidden cells %j only when safe (%s)', (values, published) => {
    expect(suppress(cells(...values), false).total.suppressed).toBe(!published);
  });

  it('hides everything of a group smaller than five', () => {
    const s = suppress(cells(2, 1), false);
    expect(counts(s)).toEqual([null, null]);
    expect(s.total.suppressed).toBe(true);
  });
});
