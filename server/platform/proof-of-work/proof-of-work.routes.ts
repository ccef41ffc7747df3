import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { powChallengeSchema } from '../../../contracts/news';
import type { ProofOfWork } from './proof-of-work';

export function proofOfWorkRoutes(app: FastifyInstance, pow: ProofOfWork) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/public/challenge', {
    config: { access: 'public' },
    schema: {
      tags: ['public'],
      description:
        'A signed anti-spam challenge for anonymous forms: find a nonce such that SHA-256(challenge + nonce) starts with `difficulty` zero bits.',
      response: { 200: powChallengeSchema },
    },
    handler: async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return pow.issue();
    },
  });
}
