import type { Practice } from '../../../contracts/practices';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { conflict, notFound } from '../../platform/errors';
import { presentPractice } from './practice-view';
import { practicesRepo as repo } from './practices.repo';

export type PracticeNominationsService = ReturnType<typeof createPracticeNominationsService>;

/** Nominations by signed-in users: one each per practice, never for their own municipality's. */
export function createPracticeNominationsService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;
  return {
    /**
     * The primary key keeps one per user: a second insert, even one racing this one, does nothing
     * and answers 409. Row-level security lets a user insert only their own, for a published practice.
     */
    async nominate(actor: Actor, id: string) {
      // Every role reads countries: any signed-in user may nominate.
      access.require(actor, 'countries.read');
      return tenancy.run(scope(actor), async (tx) => {
        const row = await repo.find(tx, actor, id);
        if (!row) throw notFound('practice');
        if (row.status !== 'published') throw conflict('practice_not_published');
        if (actor.memberships.some((m) => m.organisationId === row.organisationId))
          throw conflict('own_practice');
        if (!(await repo.nominate(tx, id, actor.userId))) throw conflict('already_nominated');
        return { nominations: await repo.count(tx, id), nominatedByMe: true as const };
      });
    },

    /** Withdraws the user's own nomination, if there is one. */
    async withdraw(actor: Actor, id: string): Promise<Practice> {
      access.require(actor, 'countries.read');
      return tenancy.run(scope(actor), async (tx) => {
        const row = await repo.find(tx, actor, id);
        if (!row) throw notFound('practice');
        await repo.withdraw(tx, id, actor.userId);
        const fresh = await repo.find(tx, actor, id);
        return presentPractice(tx, fresh ?? row, actor.userId);
      });
    },
  };
}
