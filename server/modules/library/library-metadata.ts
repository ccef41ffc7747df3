import type { z } from 'zod';
import { invalid } from '../../platform/errors';

/** Refuses a text part other than `allowed`, by its name. */
export function onlyFields(fields: Record<string, string>, allowed: readonly string[]) {
  const extra = Object.keys(fields).find((f) => !allowed.includes(f));
  if (extra) throw invalid(extra, 'unknown_field');
}

/**
 * The JSON `metadata` part checked against `schema`; a problem names the field inside it as the
 * JSON body's would ("title", "topics.0"), or `metadata` itself when it is missing or not JSON.
 */
export function parsedMetadata<T extends z.ZodType>(fields: Record<string, string>, schema: T): z.infer<T> {
  onlyFields(fields, ['metadata']);
  const raw = fields.metadata;
  if (raw === undefined) throw invalid('metadata', 'required');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalid('metadata', 'invalid_format');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') throw invalid(String(issue.keys[0]), 'unknown_field');
  throw invalid(issue?.path.join('.') || 'metadata', issue?.code ?? 'invalid');
}
