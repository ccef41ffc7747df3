import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

/**
 * One cell as read, in a JSON-friendly form. Formulas and error cells are kept as such so that
 * an import can refuse them instead of trusting a cached result.
 */
export type Cell =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { formula: string }
  | { error: string };

export type Sheet = { headers: string[]; rows: Cell[][] };

export type SheetLimits = { maxRows: number; maxColumns: number };

const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

const badFile = (code: string, params: Record<string, unknown> = {}) =>
  new AppError(400, 'validation_failed', {}, [{ field: 'file', code, params }]);

function cellOf(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return v as number | boolean;
    case ExcelJS.ValueType.Date:
      return { date: (v as Date).toISOString() };
    case ExcelJS.ValueType.Formula:
      return { formula: String(cell.formula ?? '') };
    case ExcelJS.ValueType.Error:
      return { error: String((v as ExcelJS.CellErrorValue).error) };
    default:
      return cell.text;
  }
}

/** Semicolons in the header line mean a CSV saved by Excel in a Serbian or Bulgarian locale. */
function csvDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

async function worksheetOf(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (isZip(buffer)) {
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw badFile('unreadable_spreadsheet');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badFile('empty_file');
    return sheet;
  }
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD') || text.includes('\u0000')) throw badFile('unreadable_spreadsheet');
  // Every CSV value stays text: "0101990710008" must not become a number and lose its zero.
  return workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
    map: (value: unknown) => value,
    parserOptions: { delimiter: csvDelimiter(text) },
  });
}

const headerText = (c: Cell) => (c === null || typeof c === 'object' ? '' : String(c).trim());

/** The first worksheet of an XLSX file, or a CSV file (UTF-8, comma or semicolon), as header + rows. */
export async function readSpreadsheet(buffer: Buffer, limits: SheetLimits): Promise<Sheet> {
  const sheet = await worksheetOf(buffer);
  const rows: Cell[][] = [];
  let headers: string[] | null = null;
  let width = 0;
  let failure: AppError | null = null;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    if (failure) return;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell);
    });
    if (n === 1) {
      headers = cells.map(headerText);
      width = headers.length;
      if (width > limits.maxColumns) failure = badFile('too_many_columns', { maximum: limits.maxColumns });
      return;
    }
    if (rows.length >= limits.maxRows) failure = badFile('too_many_rows', { maximum: limits.maxRows });
    rows.push(Array.from({ length: width }, (_, i) => cells[i] ?? null));
  });
  if (failure) throw failure;
  if (!headers || !(headers as string[]).some(Boolean)) throw badFile('empty_file');
  // Trailing blank lines are not rows anybody meant.
  while (rows.length && rows.at(-1)?.every((c) => c === null || c === '')) rows.pop();
  return { headers, rows };
}

/** An XLSX workbook with one sheet per entry: a bold, frozen header row and the rows below it. */
export async function writeWorkbook(
  sheets: Array<{ name: string; headers: string[]; rows: Array<Array<string | number | Date | null>> }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kadar';
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.headers).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.columns.forEach((column, i) => {
      const longest = Math.max(
        s.headers[i]?.length ?? 0,
        ...s.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
