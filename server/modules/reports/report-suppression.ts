import { type ReportRow, type ReportSeries, suppressionThreshold } from '../../../contracts/reports';

export type Counted = { key: string; label?: string; count: number };

/**
 * Small-cell suppression for readers who may not see the personnel files behind a figure
 * (docs/architecture.md, "Reports and small-cell suppression"):
 *
 * 1. every cell counting 1 to 4 people is suppressed (zeros stay: they describe nobody);
 * 2. the total is published only when no suppressed cell can be recomputed from it, that is when
 *    nothing is suppressed, or when at least two cells are and their sum (total minus the published
 *    cells) is itself 5 or more and leaves every one of them ambiguous (neither all ones nor all
 *    fours). Otherwise the total is suppressed as well; the published cells stay.
 *
 * The total rather than a second cell is withheld so that every cell of 5 or more stays readable.
 */
export function suppress(cells: Counted[], exact: boolean): ReportSeries {
  const sum = cells.reduce((acc, c) => acc + c.count, 0);
  if (exact) {
    return {
      rows: cells.map((c) => ({ ...c, suppressed: false })),
      total: { count: sum, suppressed: false },
    };
  }
  const small = (n: number) => n > 0 && n < suppressionThreshold;
  const rows: ReportRow[] = cells.map((c) =>
    small(c.count) ? { ...c, count: null, suppressed: true } : { ...c, suppressed: false },
  );
  const hidden = cells.filter((c) => small(c.count));
  const hiddenSum = hidden.reduce((acc, c) => acc + c.count, 0);
  const k = hidden.length;
  const safe =
    k === 0 ||
    (k >= 2 &&
      hiddenSum >= suppressionThreshold &&
      hiddenSum > k &&
      hiddenSum < k * (suppressionThreshold - 1));
  return { rows, total: safe ? { count: sum, suppressed: false } : { count: null, suppressed: true } };
}
