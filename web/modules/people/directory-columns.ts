import { useLocalStorage } from '@mantine/hooks';
import type { ExportColumn } from '../../../contracts/people';

/**
 * Columns the directory can show besides the name (which always shows): what a list row holds, each
 * also an export column, so the spreadsheet can hold exactly what the table shows.
 */
export const directoryColumns = [
  'position',
  'unit',
  'title',
  'category',
  'contractType',
  'hiredOn',
  'email',
  'status',
] as const satisfies readonly ExportColumn[];
export type DirectoryColumn = (typeof directoryColumns)[number];

const defaultColumns: DirectoryColumn[] = ['position', 'unit', 'title', 'contractType', 'hiredOn'];

/** The same choice in the XLSX export: the name as family and given name, then each chosen column. */
export function exportColumnsOf(columns: readonly DirectoryColumn[]): string {
  return ['familyName', 'givenName', ...columns].join(',');
}

const isColumn = (value: unknown): value is DirectoryColumn =>
  (directoryColumns as readonly unknown[]).includes(value);

/** Kept in this browser; always in the directory's own order, whatever order they were ticked in. */
export function useDirectoryColumns(): [DirectoryColumn[], (next: string[]) => void] {
  const [stored, setStored] = useLocalStorage<DirectoryColumn[]>({
    key: 'kadar.employees.columns',
    defaultValue: defaultColumns,
    getInitialValueInEffect: false,
    deserialize: (text) => {
      try {
        const parsed: unknown = text === undefined ? null : JSON.parse(text);
        return Array.isArray(parsed) ? parsed.filter(isColumn) : defaultColumns;
      } catch {
        return defaultColumns;
      }
    },
  });
  const set = (next: string[]) => setStored(directoryColumns.filter((c) => next.includes(c)));
  return [directoryColumns.filter((c) => stored.includes(c)), set];
}
