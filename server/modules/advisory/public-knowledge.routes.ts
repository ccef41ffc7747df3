import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  helpfulCountsSchema,
  helpfulVoteSchema,
  knowledgeQuery,
  lawListQuery,
  lawListSchema,
  publicAnswerPageSchema,
  publicAnswerSchema,
} from '../../../contracts/advisory-answers';
import { adviceRulesSchema } from '../../../contracts/advisory-pack';
import { idParams } from '../../../contracts/common';
import type { Config } from '../../config';
import type { KnowledgeService } from './knowledge.service';
import type { LawsService } from './laws.service';

const countryQuery = z.object({ country: z.string().regex(/^[A-Z]{2}$/) }).strict();

/** The knowledge base and the laws register as anyone may read them, without signing in. */
export function publicKnowledgeRoutes(
  app: FastifyInstance,
  services: { knowledge: KnowledgeService; laws: LawsService },
  config: Config,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' } as const;
  const { knowledge, laws } = services;

  r.get('/api/v1/public/knowledge', {
    config: open,
    schema: {
      tags,
      description: 'Published answers, newest first; `q` finds either script, with or without diacritics.',
      querystring: knowledgeQuery,
      response: { 200: publicAnswerPageSchema },
    },
    handler: (req) => knowledge.list(req.query),
  });
  r.get('/api/v1/public/knowledge/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: publicAnswerSchema } },
    handler: (req) => knowledge.get(req.params.id),
  });
  r.post('/api/v1/public/knowledge/:id/helpful', {
    // Per address, whatever cookie is sent: anonymous votes must not be cheap to stuff.
    config: {
      ...open,
      rateLimit: { max: config.loginRateLimitMax, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
    },
    schema: { tags, params: idParams, body: helpfulVoteSchema, response: { 200: helpfulCountsSchema } },
    handler: (req) => knowledge.vote(req.params.id, req.body.helpful),
  });
  r.get('/api/v1/public/advice-rules', {
    config: open,
    schema: {
      tags,
      description:
        "The thematic areas of a country's advisory Q&A with their sub-topics, and the promised answer time.",
      querystring: countryQuery,
      response: { 200: adviceRulesSchema },
    },
    handler: (req) => knowledge.rules(req.query.country),
  });
  r.get('/api/v1/public/laws', {
    config: open,
    schema: { tags, querystring: lawListQuery, response: { 200: lawListSchema } },
    handler: (req) => laws.publicList(req.query, req.locale),
  });
}
