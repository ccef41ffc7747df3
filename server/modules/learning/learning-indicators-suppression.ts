import { suppressionThreshold as threshold } from '../../../contracts/reports';
import { type Counted, suppress } from '../reports/report-suppression';

/** Could a reader who knows the sum of the hidden cells pin any of them down? */
function recoverable(hidden: number[], sum: number): boolean {
  const range = (n: number) => (n < threshold ? [1, threshold - 1] : [threshold, Number.POSITIVE_INFINITY]);
  return hidden.some((n, i) => {
    const others = hidden.filter((_, j) => j !== i).map(range);
    const lo = Math.max(range(n)[0] as number, sum - others.reduce((a, r) => a + (r[1] as number), 0));
    const hi = Math.min(range(n)[1] as number, sum - others.reduce((a, r) => a + (r[0] as number), 0));
    return hi - lo < 1;
  });
}

/**
 * Small-cell suppression (report-suppression.ts) for a breakdown whose total is always published
 * (the indicators' totals are): where the total would give a hidden cell away, the smallest
 * published cells are hidden as well until none can be recomputed (complementary suppression).
 */
export function suppressWithTotal(
  cells: Counted[],
  exact: boolean,
): Array<{ key: string; count: number | null }> {
  const rows = suppress(cells, exact).rows.map((r) => ({ key: r.key, count: r.count }));
  if (exact) return rows;
  const hidden = () => cells.filter((c, i) => c.count > 0 && rows[i]?.count === null).map((c) => c.count);
  const published = () =>
    cells
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => c.count > 0 && rows[i]?.count !== null)
      .sort((x, y) => x.c.count - y.c.count);
  while (
    hidden().length > 0 &&
    recoverable(
      hidden(),
      hidden().reduce((a, b) => a + b, 0),
    )
  ) {
    const next = published()[0];
    if (!next) break;
    (rows[next.i] as { count: number | null }).count = null;
  }
  return rows;
}
