import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../../contracts/common';
import { AppError, type FieldError } from '../errors';
import type { Translator } from '../i18n/i18n';

type ZodIssueParams = {
  keys?: string[];
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
};

/** zod issues → field errors named by their JSON path ("email", "items.3.name"). */
function fieldErrors(
  err: FastifyError & {
    validation: Array<{ instancePath: string; keyword: string; params: object; message?: string }>;
  },
): FieldError[] {
  const out: FieldError[] = [];
  for (const v of err.validation) {
    const base = v.instancePath.split('/').filter(Boolean).join('.');
    const params = v.params as ZodIssueParams;
    if (v.keyword === 'unrecognized_keys') {
      for (const key of params.keys ?? [])
        out.push({ field: base ? `${base}.${key}` : key, code: 'unknown_field' });
      continue;
    }
    // Custom refinements carry their stable code as the message.
    const code = v.keyword === 'custom' && v.message ? v.message : v.keyword;
    out.push({
      field: base || (err.validationContext ?? 'body'),
      code,
      params: {
        expected: params.expected,
        minimum: params.minimum,
        maximum: params.maximum,
        format: params.format,
      },
    });
  }
  return out;
}

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err))
    return new AppError(400, 'validation_failed', {}, fieldErrors(err));
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError(415, 'unsupported_media_type');
  if (
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err instanceof SyntaxError
  )
    return new AppError(400, 'malformed_body');
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError(413, 'payload_too_large');
  if (err.statusCode === 429) return new AppError(429, 'rate_limited');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return new AppError(err.statusCode, 'bad_request');
  return new AppError(500, 'internal');
}

export function sendProblem(
  translator: Translator,
  req: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
) {
  const locale = req.locale;
  const t = (key: string, params?: Record<string, unknown>) => translator.t(locale, `errors:${key}`, params);
  const codeKey = translator.exists(locale, `errors:${error.code}.title`) ? error.code : 'internal';
  const problem: Problem = {
    type: `urn:kadar:problem:${error.code}`,
    title: t(`${codeKey}.title`),
    status: error.status,
    detail: t(`${codeKey}.detail`, error.params),
    code: error.code,
    instance: req.url.split('?')[0],
    requestId: req.id,
  };
  if (error.fields.length > 0) {
    problem.errors = error.fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: t(translator.exists(locale, `errors:field.${f.code}`) ? `field.${f.code}` : 'field.invalid', {
        field: f.field,
        ...f.params,
      }),
    }));
  }
  return reply.status(error.status).type('application/problem+json').send(problem);
}

export type SpaFallback = ((req: FastifyRequest, reply: FastifyReply) => boolean) | null;

export function registerProblemHandlers(app: FastifyInstance, translator: Translator, spa: SpaFallback) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const error = toAppError(err);
    if (error.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: error.code, status: error.status }, 'request refused');
    return sendProblem(translator, req, reply, error);
  });
  app.setNotFoundHandler((req, reply) => {
    if (spa?.(req, reply)) return reply;
    return sendProblem(translator, req, reply, new AppError(404, 'route_not_found'));
  });
}
