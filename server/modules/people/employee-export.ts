import type { Locale } from '../../../contracts/access';
import { defaultExportColumns, type ExportColumn, exportColumns } from '../../../contracts/people';
import { type PeoplePack, packLabel } from '../../../contracts/positions';
import { readsLatin } from '../../db/collation';
import { invalid } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import type { EmployeeRow } from './people.repo';

export type ExportRow = {
  row: EmployeeRow;
  positionName: string | null;
  positionNameLatin: string | null;
  unitName: string | null;
  unitNameLatin: string | null;
};

/** `columns=a,b,c` as export columns; an unknown one is a 400 naming the field. */
export function parseColumns(columns: string | undefined): readonly ExportColumn[] {
  if (!columns) return defaultExportColumns;
  const list = columns.split(',').map((c) => c.trim());
  if (!list.length || list.some((c) => !(exportColumns as readonly string[]).includes(c)))
    throw invalid('columns', 'invalid_value');
  return list as ExportColumn[];
}

/** The directory rows as spreadsheet cells, labelled in the reader's language and script. */
export function exportSheet(
  rows: ExportRow[],
  columns: readonly ExportColumn[],
  locale: Locale,
  translator: Translator,
  packs: PeoplePack[],
) {
  const t = (key: string) => translator.t(locale, `employee-export:${key}`);
  const latin = readsLatin(locale);
  const titles = new Map(
    packs.flatMap((p) => p.titles.map((title) => [title.code, packLabel(title, locale)])),
  );
  const value = (kind: string, v: string | null) => (v ? t(`values.${kind}.${v}`) : null);
  const cell = (
    { row, positionName, positionNameLatin, unitName, unitNameLatin }: ExportRow,
    c: ExportColumn,
  ) => {
    switch (c) {
      case 'unit':
        return latin ? unitNameLatin : unitName;
      case 'position':
        return latin ? positionNameLatin : positionName;
      case 'title':
        return row.titleCode ? (titles.get(row.titleCode) ?? row.titleCode) : null;
      case 'gender':
      case 'category':
      case 'contractType':
      case 'status':
        return value(c, row[c]);
      case 'birthDate':
      case 'hiredOn':
      case 'leftOn':
        return row[c] ? new Date(`${row[c]}T00:00:00Z`) : null;
      default:
        return row[c];
    }
  };
  return {
    name: t('sheet'),
    headers: columns.map((c) => t(`columns.${c}`)),
    rows: rows.map((r) => columns.map((c) => cell(r, c))),
  };
}
