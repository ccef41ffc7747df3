export type FieldError = { field: string; code: string; params?: Record<string, unknown> };

/**
 * An expected failure with a stable `code` that the error handler turns into a translated
 * RFC 9457 problem (locales/<lang>/errors.json holds the texts, keyed by code).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
  }
}

export const notFound = (entity: string) => new AppError(404, 'not_found', { entity });
export const invalid = (field: string, code: string, params?: Record<string, unknown>) =>
  new AppError(400, 'validation_failed', {}, [{ field, code, params }]);
export const conflict = (code: string, params?: Record<string, unknown>) => new AppError(409, code, params);
