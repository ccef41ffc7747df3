import type { EChartsCoreOption } from 'echarts/core';

/** A chart value: suppressed figures are left out (null), the table beside says "< 5". */
type Value = number | null;

/** Bars, horizontal for long names (units, titles, municipalities), one series per entry. */
export function barOption(
  categories: string[],
  series: Array<{ name: string; values: Value[] }>,
  horizontal: boolean,
): EChartsCoreOption {
  const names = { type: 'category', data: categories, ...(horizontal ? { inverse: true } : {}) };
  const values = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : { show: false },
    grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 12, bottom: 8 },
    xAxis: horizontal ? values : names,
    yAxis: horizontal ? { ...names, axisLabel: { width: 200, overflow: 'truncate' } } : values,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
  };
}

/** Shares of a whole (gender, category, contract type). */
export function pieOption(slices: Array<{ name: string; value: Value }>): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: slices.filter((s) => s.value !== null && s.value > 0),
        label: { formatter: '{b}: {c}' },
      },
    ],
  };
}

/** A horizontal chart grows with its rows so that no name is squeezed out. */
export const barHeight = (rows: number) => Math.max(220, rows * 30 + 60);
