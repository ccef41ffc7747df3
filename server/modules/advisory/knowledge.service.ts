import type { KnowledgeQuery, PublicAnswer } from '../../../contracts/advisory-answers';
import type { AdviceRules } from '../../../contracts/advisory-pack';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { organisationsRepo } from '../organisations/organisations.repo';
import { presentAnswer, presentAnswers, toPublicAnswer } from './answer-view';
import { knowledgeRepo as repo } from './knowledge.repo';
import { advicePack } from './question-clock';

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;

/**
 * The knowledge base as anyone reads it, without signing in: published entries only, in system
 * scope, with the public fields alone.
 */
export function createKnowledgeService({ tenancy }: { tenancy: Tenancy }) {
  return {
    list: (query: KnowledgeQuery) => {
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(systemScope, async (tx) => {
        const rows = await repo.list(tx, query, after);
        const found = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        return {
          items: (await presentAnswers(tx, found.items)).map(toPublicAnswer),
          nextCursor: found.nextCursor,
        };
      });
    },

    get: (id: string): Promise<PublicAnswer> =>
      tenancy.read(systemScope, async (tx) => {
        const found = await repo.find(tx, id);
        if (!found) throw notFound('answer');
        return toPublicAnswer(await presentAnswer(tx, found));
      }),

    /** Anonymous, so only counted: the route limits how often one address may vote. */
    vote: (id: string, helpful: boolean) =>
      tenancy.run(systemScope, async (tx) => {
        const counts = await repo.vote(tx, id, helpful);
        if (!counts) throw notFound('answer');
        return counts;
      }),

    rules: (country: string): Promise<AdviceRules> =>
      tenancy.read(systemScope, async (tx) => {
        if (!(await organisationsRepo.findCountry(tx, country))) throw invalid('country', 'unknown_country');
        const { areas, responseWorkingDays } = await advicePack(tx, country);
        return { areas, responseWorkingDays };
      }),
  };
}
