import { z } from 'zod';

export const idSchema = z.guid();
export const idParams = z.object({ id: idSchema }).strict();

/** List conventions: `q` (script- and diacritic-insensitive), `limit` (≤ 200), opaque keyset `cursor`. */
export const listQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export type Page<T> = { items: T[]; nextCursor: string | null };

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  code: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

export const timestamp = z.string().describe('ISO 8601 with zone');

/** A calendar day, YYYY-MM-DD; zod refuses impossible days such as 2020-02-31. */
export const dateSchema = z.iso.date();

/**
 * The fields of an update: every one optional and none defaulted, so a PATCH that leaves a field
 * out leaves it alone (zod applies defaults even to the fields `.partial()` made optional).
 */
export function patchOf<T extends z.ZodRawShape>(shape: T) {
  const unwrapped = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? field.unwrap() : field,
    ]),
  ) as { [K in keyof T]: T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K] };
  return z.object(unwrapped).partial().strict();
}
