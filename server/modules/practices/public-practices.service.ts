import type { PracticeCategory } from '../../../contracts/practice-pack';
import type { PublicPractice, PublicPracticeQuery } from '../../../contracts/practices';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import { invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { organisationsRepo } from '../organisations/organisations.repo';
import { presentPublic } from './practice-view';
import { publicPracticesRepo as repo } from './practices.repo';

export type PublicPracticesService = ReturnType<typeof createPublicPracticesService>;

/** Good practices as anyone reads them, without signing in: published ones only, in system scope. */
export function createPublicPracticesService({ tenancy }: { tenancy: Tenancy }) {
  return {
    /** Newest first by keyset; the ranking by nominations pages by offset, as its order moves. */
    list: (query: PublicPracticeQuery) => {
      const ranking = query.sort === 'nominations';
      const cursor = decodeCursor(query.cursor, ranking ? 1 : 2);
      const after = !ranking && cursor ? (cursor as [string, string]) : null;
      const offset = ranking ? Number(cursor?.[0] ?? 0) : 0;
      return tenancy.read(systemScope, async (tx) => {
        const rows = await repo.list(tx, query, after, offset);
        const found = pageOf(rows, query.limit, (r) =>
          ranking ? [offset + query.limit] : [r.key, r.row.id],
        );
        return {
          items: await presentPublic(
            tx,
            found.items.map((r) => r.row),
          ),
          nextCursor: found.nextCursor,
        };
      });
    },

    get: (id: string): Promise<PublicPractice> =>
      tenancy.read(systemScope, async (tx) => {
        const row = await repo.find(tx, id);
        if (!row) throw notFound('practice');
        return (await presentPublic(tx, [row]))[0] as PublicPractice;
      }),

    categories: (country: string): Promise<{ items: PracticeCategory[] }> =>
      tenancy.read(systemScope, async (tx) => {
        if (!(await organisationsRepo.findCountry(tx, country))) throw invalid('country', 'unknown_country');
        const pack = await storedPack(tx, country);
        return { items: pack.practices?.categories ?? [] };
      }),
  };
}
