import { z } from 'zod';
import type { ImportField, ImportMapping } from '../../../contracts/employee-import';
import { requiredImportFields } from '../../../contracts/employee-import';
import {
  checkNationalId,
  isoDate,
  type NationalIdScheme,
  nationalIdLength,
} from '../../../contracts/national-id';
import type { ContractType } from '../../../contracts/people';
import { foldForSearch } from '../../platform/i18n/transliterate';
import type { Cell } from '../../platform/xlsx/spreadsheet';

/** A position of the act in force, as the import looks it up. */
export type PositionRef = {
  id: string;
  code: string | null;
  name: string;
  nameLatin: string;
  orgUnitId: string;
  category: string;
  titleCode: string;
};
export type UnitRef = { id: string; name: string; nameLatin: string; code: string | null };

export type ImportContext = {
  scheme: NationalIdScheme;
  units: UnitRef[];
  /** Positions of the adopted act; null when the municipality has none in force. */
  positions: PositionRef[] | null;
  latin(name: string): string;
};

export type ImportRecord = {
  row: number;
  givenName: string;
  familyName: string;
  givenNameLatin: string;
  familyNameLatin: string;
  nationalId: string;
  birthDate: string;
  gender: 'female' | 'male';
  email: string | null;
  phone: string | null;
  address: string | null;
  employment: {
    position: PositionRef;
    contractType: ContractType;
    startsOn: string;
    actNumber: string | null;
  } | null;
};

export type RowError = { row: number; field: ImportField; code: string; params?: Record<string, unknown> };

class CellError extends Error {
  constructor(
    readonly code: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(code);
  }
}

const maxLength: Partial<Record<ImportField, number>> = {
  address: 500,
  phone: 40,
  actNumber: 60,
  email: 320,
};

function text(cell: Cell, field: ImportField): string | null {
  if (cell === null) return null;
  if (typeof cell === 'object') {
    if ('formula' in cell) throw new CellError('formula_cell');
    if ('error' in cell) throw new CellError('cell_error');
    throw new CellError('invalid_type', { expected: 'text' });
  }
  if (typeof cell === 'boolean') throw new CellError('invalid_type', { expected: 'text' });
  const value = String(cell).trim();
  // A CSV value that a spreadsheet would run as a formula is refused, not stored.
  if (/^[=+@]/.test(value) || /^-[^\d]/.test(value)) throw new CellError('formula_cell');
  const max = maxLength[field] ?? 100;
  if (value.length > max) throw new CellError('too_big', { maximum: max });
  return value || null;
}

/** Dates as Excel date cells, 31.12.2020 (with or without the final dot) or 2020-12-31. */
function date(cell: Cell): string | null {
  if (cell !== null && typeof cell === 'object' && 'date' in cell) return cell.date.slice(0, 10);
  if (typeof cell === 'number') throw new CellError('invalid_type', { expected: 'date' });
  const value = text(cell, 'birthDate');
  if (!value) return null;
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parts = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  const result = parts && isoDate(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  if (!result) throw new CellError('invalid_date');
  return result;
}

/** Words people type for these values, in every language Kadar speaks (compared folded). */
const genderWords: Record<'female' | 'male', string[]> = {
  female: ['f', 'female', 'woman', 'ž', 'ж', 'zenski', 'женски', 'žena', 'жена'],
  male: ['m', 'male', 'man', 'м', 'muski', 'мушки', 'мъж', 'muskarac', 'мушкарац'],
};
const contractWords: Record<ContractType, string[]> = {
  permanent: ['permanent', 'neodredjeno', 'neodređeno', 'неодређено', 'безсрочен', 'bezsrochen'],
  fixed_term: ['fixed_term', 'fixed term', 'odredjeno', 'određeno', 'одређено', 'срочен', 'srochen'],
  trainee: ['trainee', 'pripravnik', 'приправник', 'стажант', 'stazhant'],
};

function oneOf<T extends string>(cell: Cell, field: ImportField, words: Record<T, string[]>): T | null {
  const value = text(cell, field);
  if (!value) return null;
  const folded = foldForSearch(value);
  for (const [key, list] of Object.entries(words) as Array<[T, string[]]>)
    if (list.some((w) => folded === foldForSearch(w) || folded.startsWith(`${foldForSearch(w)} `)))
      return key;
  throw new CellError('invalid_value');
}

const emailSchema = z.email();

function nationalIdOf(cell: Cell, scheme: NationalIdScheme): string | null {
  // Excel stores an ID typed into a number cell without its leading zeros; put them back.
  if (typeof cell === 'number' && Number.isInteger(cell))
    return String(cell).padStart(nationalIdLength[scheme], '0');
  return text(cell, 'nationalId');
}

function findUnit(units: UnitRef[], value: string): UnitRef | undefined {
  const folded = foldForSearch(value);
  return units.find(
    (u) => u.code === value || foldForSearch(u.name) === folded || foldForSearch(u.nameLatin) === folded,
  );
}

function findPosition(positions: PositionRef[], value: string, unit: UnitRef | undefined): PositionRef {
  const folded = foldForSearch(value);
  const inUnit = positions.filter((p) => !unit || p.orgUnitId === unit.id);
  const byCode = inUnit.filter((p) => p.code === value);
  const matches = byCode.length
    ? byCode
    : inUnit.filter((p) => foldForSearch(p.name) === folded || foldForSearch(p.nameLatin) === folded);
  if (matches.length === 1) return matches[0] as PositionRef;
  throw new CellError(matches.length ? 'ambiguous_position' : 'unknown_position');
}

/**
 * Checks every row of a sheet against the mapping and the municipality's rules. Answers the valid
 * records and every error found, each naming its spreadsheet row and field.
 */
export function checkRows(
  headers: string[],
  rows: Cell[][],
  mapping: ImportMapping,
  ctx: ImportContext,
): { records: ImportRecord[]; errors: RowError[] } {
  const records: ImportRecord[] = [];
  const errors: RowError[] = [];
  const columnOf = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(mapping) as Array<[ImportField, string]>) {
    const index = headers.indexOf(header);
    if (index >= 0) columnOf.set(field, index);
  }
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c === null || c === '')) return;
    const rowErrors: RowError[] = [];
    const read = <T>(field: ImportField, parse: (cell: Cell) => T | null): T | null => {
      const index = columnOf.get(field);
      try {
        const value = index === undefined ? null : parse(cells[index] ?? null);
        if (value === null && requiredImportFields.includes(field)) throw new CellError('required');
        return value;
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        rowErrors.push({ row, field, code: e.code, params: e.params });
        return null;
      }
    };
    const familyName = read('familyName', (c) => text(c, 'familyName'));
    const givenName = read('givenName', (c) => text(c, 'givenName'));
    const familyNameLatin = read('familyNameLatin', (c) => text(c, 'familyNameLatin'));
    const givenNameLatin = read('givenNameLatin', (c) => text(c, 'givenNameLatin'));
    const nationalId = read('nationalId', (c) => {
      const value = nationalIdOf(c, ctx.scheme);
      if (!value) return null;
      const check = checkNationalId(ctx.scheme, value);
      if (!check.ok) throw new CellError(check.code);
      const first = seen.get(value);
      if (first) throw new CellError('duplicate_in_file', { row: first });
      seen.set(value, row);
      return { value, ...check.facts };
    });
    read('birthDate', (c) => {
      const value = date(c);
      if (value && nationalId && value !== nationalId.birthDate) throw new CellError('national_id_mismatch');
      return value;
    });
    read('gender', (c) => {
      const value = oneOf(c, 'gender', genderWords);
      if (value && nationalId && value !== nationalId.gender) throw new CellError('national_id_mismatch');
      return value;
    });
    const email = read('email', (c) => {
      const value = text(c, 'email');
      if (value && !emailSchema.safeParse(value).success)
        throw new CellError('invalid_format', { format: 'email' });
      return value;
    });
    const phone = read('phone', (c) => text(c, 'phone'));
    const address = read('address', (c) => text(c, 'address'));
    const unit = read('orgUnit', (c) => {
      const value = text(c, 'orgUnit');
      if (!value) return null;
      const found = findUnit(ctx.units, value);
      if (!found) throw new CellError('unknown_unit');
      return found;
    });
    const position = read('position', (c) => {
      const value = text(c, 'position');
      if (!value) return null;
      if (!ctx.positions) throw new CellError('no_act_in_force');
      return findPosition(ctx.positions, value, unit ?? undefined);
    });
    const required = <T>(value: T | null, field: ImportField) => {
      if (position && value === null && !rowErrors.some((e) => e.field === field))
        rowErrors.push({ row, field, code: 'required' });
      return value;
    };
    const contractType = required(
      read('contractType', (c) => oneOf(c, 'contractType', contractWords)),
      'contractType',
    );
    const startsOn = required(read('startsOn', date), 'startsOn');
    const actNumber = read('actNumber', (c) => text(c, 'actNumber'));
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    if (!familyName || !givenName || !nationalId) return;
    records.push({
      row,
      givenName,
      familyName,
      givenNameLatin: givenNameLatin ?? ctx.latin(givenName),
      familyNameLatin: familyNameLatin ?? ctx.latin(familyName),
      nationalId: nationalId.value,
      birthDate: nationalId.birthDate,
      gender: nationalId.gender,
      email,
      phone,
      address,
      employment:
        position && contractType && startsOn ? { position, contractType, startsOn, actNumber } : null,
    });
  });
  return { records, errors };
}
