import type { Locale } from '../../../contracts/access';
import type { Distribution } from '../../../contracts/appraisal-reports';
import { packLabel } from '../../../contracts/positions';
import type { ReportTotal } from '../../../contracts/reports';
import type { Translator } from '../../platform/i18n/i18n';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';
import { figure, note, type Value } from '../reports/report-workbooks';

/**
 * The grade distribution, and the totals of the earlier years and this one, one sheet each. Grades are named as the reader
 * reads them, with their value (two grades may share a name: "добар" 2 and 3).
 */
export function distributionWorkbook(t: Translator, locale: Locale, report: Distribution): Promise<Buffer> {
  const tr = (key: string, params?: Record<string, unknown>) => t.t(locale, key, params);
  const cell = (c: ReportTotal): Value => figure(t, locale, c);
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const grades = report.grades.map((g) => `${packLabel(g, locale)} (${g.value})`);
  const closing = note(t, locale, report.suppressionThreshold);
  const rows = report.by === 'none' ? [report.total] : [...report.rows, report.total];
  return writeWorkbook([
    {
      name: tr('appraisal-reports:sheets.distribution', { year: report.year }),
      headers: [
        tr(`appraisal-reports:dimensions.${report.by}`),
        ...grades,
        tr('reports:columns.total'),
        tr('appraisal-reports:columns.topShare'),
        tr('appraisal-reports:columns.skew'),
      ],
      rows: [
        ...rows.map((r) => [
          r.label,
          ...r.cells.map(cell),
          cell(r.total),
          percent(r.topShare),
          r.skewReason ? tr(`appraisal-reports:skew.${r.skewReason}`) : null,
        ]),
        ...closing,
      ],
    },
    {
      name: tr('appraisal-reports:sheets.years'),
      headers: [tr('reports:columns.year'), ...grades, tr('reports:columns.total')],
      rows: [
        ...[...report.compareYears, { year: report.year, ...report.total }].map((y) => [
          y.year,
          ...y.cells.map(cell),
          cell(y.total),
        ]),
        ...closing,
      ],
    },
  ]);
}
