import { describe, expect, it } from 'vitest';
import { suppressWithTotal } from './learning-indicators-suppression';

const counts = (rows: Array<{ count: number | null }>) => rows.map((r) => r.count);

describe('suppression with a published total', () => {
  it('publishes everything to exact readers and when nothing is small', () => {
    expect(counts(suppressWithTotal([{ key: 'a', count: 2 }], true))).toEqual([2]);
    expect(
      counts(
        suppressWithTotal(
          [
            { key: 'a', count: 7 },
            { key: 'b', count: 9 },
          ],
          false,
        ),
      ),
    ).toEqual([7, 9]);
  });

  it('hides the smallest published cell too when one small cell alone could be recomputed', () => {
    const rows = [
      { key: 'a', count: 2 },
      { key: 'b', count: 6 },
      { key: 'c', count: 30 },
      { key: 'd', count: 0 },
    ];
    expect(counts(suppressWithTotal(rows, false))).toEqual([null, null, 30, 0]);
  });

  it('keeps two small cells hidden alone when their sum leaves them ambiguous', () => {
    const rows = [
      { key: 'a', count: 2 },
      { key: 'b', count: 3 },
      { key: 'c', count: 30 },
    ];
    expect(counts(suppressWithTotal(rows, false))).toEqual([null, null, 30]);
  });
});
