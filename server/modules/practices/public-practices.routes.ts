import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contracts/common';
import { practiceCategorySchema } from '../../../contracts/practice-pack';
import {
  practiceWeekSchema,
  publicPracticePageSchema,
  publicPracticeQuery,
  publicPracticeSchema,
} from '../../../contracts/practices';
import type { PracticeWeeksService } from './practice-weeks.service';
import type { PublicPracticesService } from './public-practices.service';

const countryQuery = z.object({ country: z.string().regex(/^[A-Z]{2}$/) }).strict();

/** Published good practices as anyone reads them, without signing in. */
export function publicPracticesRoutes(
  app: FastifyInstance,
  services: { practices: PublicPracticesService; weeks: PracticeWeeksService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { access: 'public' } as const;
  const { practices, weeks } = services;

  r.get('/api/v1/public/practices', {
    config: open,
    schema: {
      tags,
      description:
        'Published practices, newest first or by nominations (`sort=nominations`, the ranking); `q` finds either script, with or without diacritics; `year` is the year the practice began.',
      querystring: publicPracticeQuery,
      response: { 200: publicPracticePageSchema },
    },
    handler: (req) => practices.list(req.query),
  });
  r.get('/api/v1/public/practices/:id', {
    config: open,
    schema: { tags, params: idParams, response: { 200: publicPracticeSchema } },
    handler: (req) => practices.get(req.params.id),
  });
  r.get('/api/v1/public/practice-categories', {
    config: open,
    schema: {
      tags,
      description: "The good-practice categories of a country's pack.",
      querystring: countryQuery,
      response: { 200: z.object({ items: z.array(practiceCategorySchema) }) },
    },
    handler: (req) => practices.categories(req.query.country),
  });
  r.get('/api/v1/public/practice-of-the-week', {
    config: open,
    schema: {
      tags,
      description:
        "The association's choice for the current week (from the Monday of today), else the most nominated practice published in the last 30 days; 404 when there is neither.",
      querystring: countryQuery,
      response: { 200: practiceWeekSchema },
    },
    handler: (req) => weeks.current(req.query.country),
  });
}
