import type { Locale } from '../../../contracts/access';
import {
  type HeadcountReport,
  type MovementsReport,
  type ReportTotal,
  suppressionThreshold as threshold,
} from '../../../contracts/reports';
import type { Translator } from '../../platform/i18n/i18n';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';
import { type RowContext, rowLabel } from './report-rows';

export type Value = string | number | null;

/** A figure as printed: the number, or "< 5" where it is suppressed. */
export const figure = (t: Translator, locale: Locale, cell: ReportTotal): Value =>
  cell.suppressed ? t.t(locale, 'reports:suppressedCell', { threshold }) : cell.count;

/** A closing note on suppression, when the reader's figures were suppressed. */
export const note = (t: Translator, locale: Locale, applied: number | null): Value[][] =>
  applied === null ? [] : [[], [t.t(locale, 'reports:suppressionNote', { threshold: applied })]];

export function headcountWorkbook(t: Translator, report: HeadcountReport, ctx: RowContext): Promise<Buffer> {
  const { locale } = ctx;
  return writeWorkbook([
    {
      name: t.t(locale, 'reports:headcount.title'),
      headers: [t.t(locale, `reports:dimensions.${report.by}`), t.t(locale, 'reports:columns.people')],
      rows: [
        ...report.rows.map((r) => [rowLabel(t, report.by, r, ctx), figure(t, locale, r)]),
        [t.t(locale, 'reports:columns.total'), figure(t, locale, report.total)],
        ...note(t, locale, report.suppressionThreshold),
      ],
    },
  ]);
}

export function movementsWorkbook(t: Translator, locale: Locale, report: MovementsReport): Promise<Buffer> {
  const { joiners, leavers } = report;
  return writeWorkbook([
    {
      name: t.t(locale, 'reports:movements.title'),
      headers: [
        t.t(locale, 'reports:columns.year'),
        t.t(locale, 'reports:columns.joiners'),
        t.t(locale, 'reports:columns.leavers'),
      ],
      rows: [
        ...joiners.rows.map((j, i) => [
          Number(j.key),
          figure(t, locale, j),
          figure(t, locale, leavers.rows[i] ?? { count: null, suppressed: true }),
        ]),
        [
          t.t(locale, 'reports:columns.total'),
          figure(t, locale, joiners.total),
          figure(t, locale, leavers.total),
        ],
        ...note(t, locale, report.suppressionThreshold),
      ],
    },
  ]);
}
