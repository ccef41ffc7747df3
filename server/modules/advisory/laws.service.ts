import type { Locale } from '../../../contracts/access';
import type { Law, LawCreate, LawUpdate } from '../../../contracts/advisory-answers';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { type LawRow, type LawView, lawSearch, lawsRepo as repo } from './laws.repo';
import { advicePermission } from './question-sides';

export const toLaw = ({ row, answersToRecheck }: LawView): Law => ({
  id: row.id,
  countryCode: row.countryCode,
  bodyId: row.bodyId,
  title: row.title,
  gazette: row.gazette,
  amendedOn: row.amendedOn,
  note: row.note,
  answersToRecheck,
  updatedAt: row.updatedAt.toISOString(),
});

const audited = ({ search: _search, createdAt: _created, ...rest }: LawRow) => rest;

export type LawsService = ReturnType<typeof createLawsService>;

/**
 * The register is public (its read policy is `true`), and so are the published answers it counts:
 * reads run in system scope. Only the association that keeps a register writes it.
 */
export function createLawsService({ tenancy }: { tenancy: Tenancy }) {
  const list = async (country: string, q: string | undefined, locale: Locale) => {
    const rows = await tenancy.read(systemScope, (tx) => repo.list(tx, country, q, locale));
    return { items: rows.map(toLaw) };
  };

  async function view(id: string): Promise<Law> {
    const found = await tenancy.read(systemScope, (tx) => repo.find(tx, id));
    if (!found) throw notFound('law');
    return toLaw(found);
  }

  return {
    async list(actor: Actor, query: { country: string; q?: string }) {
      access.require(actor, advicePermission(actor));
      return list(query.country, query.q, actor.locale);
    },

    publicList: (query: { country: string; q?: string }, locale: Locale) =>
      list(query.country, query.q, locale),

    async create(actor: Actor, input: LawCreate): Promise<Law> {
      access.require(actor, 'advice.answer');
      const id = await tenancy.run(access.scopeOf(actor), async (tx) => {
        const body = await reachableOrganisation(tx, actor, input.bodyId, 'advice.answer');
        if (body.bodyRole !== 'association') throw invalid('bodyId', 'not_an_association');
        const row = await repo.insert(tx, {
          ...input,
          countryCode: body.countryCode,
          search: lawSearch(input),
        });
        await recordAudit(tx, actor, {
          organisationId: body.id,
          action: 'law.create',
          entityType: 'law',
          entityId: row.id,
          after: audited(row),
        });
        return row.id;
      });
      return view(id);
    },

    /** Edits an entry; a new `amendedOn` flags the published answers citing it for a recheck. */
    async update(actor: Actor, id: string, patch: LawUpdate): Promise<Law> {
      access.require(actor, 'advice.answer');
      await tenancy.run(access.scopeOf(actor), async (tx) => {
        const before = (await repo.find(tx, id))?.row;
        if (!before) throw notFound('law');
        // The register is public, so another body's entry answers 403, not 404.
        if (
          !access.can(actor, 'advice.answer', {
            organisationId: before.bodyId,
            countryCode: before.countryCode,
          })
        )
          throw new AppError(403, 'forbidden', { permission: 'advice.answer' });
        const row = await repo.update(tx, id, { ...patch, search: lawSearch({ ...before, ...patch }) });
        await recordAudit(tx, actor, {
          organisationId: before.bodyId,
          action: 'law.update',
          entityType: 'law',
          entityId: id,
          before: audited(before),
          after: audited(row),
        });
      });
      return view(id);
    },
  };
}
