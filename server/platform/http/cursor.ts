import { AppError } from '../errors';

/** Opaque keyset cursors: the sort key and id of the last row, base64url JSON. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): Array<string | number> | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => ['string', 'number'].includes(typeof v))
    )
      return values as Array<string | number>;
  } catch {
    // fall through to the 400 below
  }
  throw new AppError(400, 'validation_failed', {}, [{ field: 'cursor', code: 'invalid_cursor' }]);
}

/** Cuts the extra row fetched to know whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => ReadonlyArray<string | number>) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
