import {
  type DistributionRow,
  type GradeCell,
  skewRule,
  type YearTotals,
} from '../../../contracts/appraisal-reports';
import type { ReportSeries } from '../../../contracts/reports';
import { type Counted, suppress } from '../reports/report-suppression';

/** Graded people per grade value, before anything is suppressed. */
type Tally = ReadonlyMap<number, number>;

/** One row's tally. */
export type GradeCounts = { key: string; label: string; counts: Tally };

/** The grade columns and which of them count as top grades. */
export type GradeColumns = { grades: readonly number[]; topGrades: readonly number[] };

const cellsOf = (columns: GradeColumns, counts: Tally): Counted[] =>
  columns.grades.map((g) => ({ key: String(g), count: counts.get(g) ?? 0 }));

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

const topShareOf = (columns: GradeColumns, counts: Tally) => {
  const total = sum(counts.values());
  return total ? sum(columns.topGrades.map((g) => counts.get(g) ?? 0)) / total : 0;
};

/** skewRule (contracts/appraisal-reports.ts) on the exact figures. */
function skewOf(columns: GradeColumns, counts: Tally, wholeTopShare: number): DistributionRow['skewReason'] {
  if (sum(counts.values()) < skewRule.minGraded) return null;
  if ([...counts.values()].filter((n) => n > 0).length === 1) return 'uniform';
  if (columns.topGrades.length && topShareOf(columns, counts) - wholeTopShare > skewRule.topShareMargin)
    return 'top_share';
  return null;
}

/** A share is published only beside a published total: next to a withheld one it would give it away. */
function publishedCells(columns: GradeColumns, series: ReportSeries): GradeCell[] {
  const total = series.total.count;
  return columns.grades.map((grade, i) => {
    const cell = series.rows[i] ?? { count: null, suppressed: true };
    const share = total && cell.count !== null ? cell.count / total : null;
    return { grade, count: cell.count, suppressed: cell.suppressed, share };
  });
}

function publishedRow(
  columns: GradeColumns,
  row: GradeCounts,
  series: ReportSeries,
  wholeTopShare: number,
): DistributionRow {
  const cells = publishedCells(columns, series);
  const top = cells.filter((c) => columns.topGrades.includes(c.grade));
  const topShare =
    series.total.count !== null && top.every((c) => c.share !== null) && columns.topGrades.length
      ? sum(top.map((c) => c.share ?? 0))
      : null;
  const skewReason = skewOf(columns, row.counts, wholeTopShare);
  return {
    key: row.key,
    label: row.label,
    cells,
    total: series.total,
    topShare,
    skewed: skewReason !== null,
    skewReason,
  };
}

/**
 * A breakdown with its total row, suppressed for readers who may not see the files: each row as
 * the headcount suppresses a series (reports/report-suppression.ts), and the total row the same
 * way plus, per grade, the rule applied down the column, so that a grade's total never gives away
 * the one hidden cell in its column (the grand total goes with any total so withheld).
 */
export function gradeTable(
  columns: GradeColumns,
  rows: GradeCounts[],
  total: GradeCounts,
  exact: boolean,
): { rows: DistributionRow[]; total: DistributionRow } {
  const whole = topShareOf(columns, total.counts);
  const published = rows.map((row) =>
    publishedRow(columns, row, suppress(cellsOf(columns, row.counts), exact), whole),
  );
  const series = suppress(cellsOf(columns, total.counts), exact);
  const withheld = columns.grades.map(
    (g) =>
      suppress(
        rows.map((r) => ({ key: r.key, count: r.counts.get(g) ?? 0 })),
        exact,
      ).total.suppressed,
  );
  const totalSeries: ReportSeries = withheld.some(Boolean)
    ? {
        rows: series.rows.map((c, i) => (withheld[i] ? { ...c, count: null, suppressed: true } : c)),
        total: { count: null, suppressed: true },
      }
    : series;
  return { rows: published, total: publishedRow(columns, total, totalSeries, whole) };
}

/** One year's totals per grade, suppressed as a series. */
export function yearTotals(columns: GradeColumns, year: number, counts: Tally, exact: boolean): YearTotals {
  const series = suppress(cellsOf(columns, counts), exact);
  return { year, cells: publishedCells(columns, series), total: series.total };
}
