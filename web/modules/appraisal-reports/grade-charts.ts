import type { EChartsCoreOption } from 'echarts/core';
import type { GradeCell, ReportGrade } from '../../../contracts/appraisal-reports';
import { barOption } from '../reports/report-charts';

const topColours = ['#2b8a3e', '#51cf66', '#8ce99a'];
const otherColours = ['#1c7ed6', '#74c0fc', '#adb5bd', '#f59f00'];
const triggerColour = '#e03131';

/**
 * One colour per grade: greens for the grades that count towards promotion, red for a grade that
 * calls for an extraordinary appraisal, calm colours for the rest, whichever way the scale runs.
 */
export function gradeColours(grades: ReportGrade[], topGrades: number[]): string[] {
  let top = 0;
  let other = 0;
  return grades.map((g) => {
    if (topGrades.includes(g.value)) return topColours[top++ % topColours.length] as string;
    if (g.triggers.length) return triggerColour;
    return otherColours[other++ % otherColours.length] as string;
  });
}

/**
 * Shares compare rows of different sizes, but a share needs the row's total: where totals may be
 * withheld (suppressed figures) the bars count people instead.
 */
export type BarMode = 'shares' | 'people';

const barValue = (mode: BarMode, cell: GradeCell | undefined) => {
  if (!cell) return null;
  if (mode === 'people') return cell.count;
  return cell.share === null ? null : Math.round(cell.share * 1000) / 10;
};

/** Stacked bars, one segment per grade. */
export function gradeBars(
  categories: Array<{ label: string; cells: GradeCell[] }>,
  grades: Array<{ name: string; colour: string }>,
  horizontal: boolean,
  mode: BarMode,
): EChartsCoreOption {
  const base = barOption(
    categories.map((c) => c.label),
    grades.map((g, i) => ({ name: g.name, values: categories.map((c) => barValue(mode, c.cells[i])) })),
    horizontal,
  );
  const percent = {
    [horizontal ? 'xAxis' : 'yAxis']: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v} %`) },
  };
  return {
    ...base,
    color: grades.map((g) => g.colour),
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    ...(mode === 'shares' ? percent : {}),
    series: (base.series as Array<Record<string, unknown>>).map((s) => ({ ...s, stack: 'grades' })),
  };
}
