import type { Permission } from '../../../contracts/access';
import type {
  Practice,
  PracticeCreate,
  PracticeListQuery,
  PracticeModeration,
  PracticeStatus,
  PracticeUpdate,
} from '../../../contracts/practices';
import type { Tx } from '../../db/client';
import { systemScope } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { checkPractice, practiceSearch } from './practice-checks';
import { mailDecision, mailSubmitted, type PracticeMailDeps } from './practice-mail';
import { presentPractice, presentPractices } from './practice-view';
import { type PracticeRow, practicesRepo as repo } from './practices.repo';

const audited = (r: PracticeRow) => ({
  status: r.status,
  title: r.title,
  categoryCode: r.categoryCode,
  moderationNote: r.moderationNote,
});

/** The gate of the lists: submitters (practices.submit) and moderators (practices.moderate). */
const listPermission = (actor: Actor): Permission =>
  access.can(actor, 'practices.moderate') ? 'practices.moderate' : 'practices.submit';

/** An HR officer of the submitting municipality (or a platform administrator). */
const onSubmitterSide = (actor: Actor, r: PracticeRow) =>
  access.can(actor, 'practices.submit', { organisationId: r.organisationId, countryCode: r.countryCode });

/** An expert or national administrator of the moderating association (or a platform administrator). */
const onModeratorSide = (actor: Actor, r: PracticeRow) =>
  access.can(actor, 'practices.moderate', { organisationId: r.bodyId, countryCode: r.countryCode });

const decisions = {
  publish: { status: 'published', template: 'practice_published' },
  return: { status: 'returned', template: 'practice_returned' },
  reject: { status: 'rejected', template: 'practice_rejected' },
} as const;

export type PracticesService = ReturnType<typeof createPracticesService>;

export function createPracticesService(deps: PracticeMailDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  /**
   * The practice the actor may see, locked so two changes cannot cross, if the actor acts for
   * `side` of it and it is in one of the `from` states: another side is 403, another state 409.
   */
  async function change(
    tx: Tx,
    actor: Actor,
    id: string,
    side: 'submitter' | 'moderator',
    from: readonly PracticeStatus[],
  ) {
    const row = await repo.lock(tx, actor, id);
    if (!row) throw notFound('practice');
    const allowed = side === 'submitter' ? onSubmitterSide(actor, row) : onModeratorSide(actor, row);
    if (!allowed)
      throw new AppError(403, 'forbidden', {
        permission: side === 'submitter' ? 'practices.submit' : 'practices.moderate',
      });
    if (!from.includes(row.status as PracticeStatus))
      throw conflict('practice_status', { status: row.status });
    return row;
  }

  const audit = (tx: Tx, actor: Actor, action: string, before: PracticeRow | null, after: PracticeRow) =>
    recordAudit(tx, actor, {
      organisationId: action === 'practice.moderate' ? after.bodyId : after.organisationId,
      action,
      entityType: 'practice',
      entityId: after.id,
      before: before ? audited(before) : undefined,
      after: audited(after),
    });

  return {
    /** The municipality's practices (recently changed first) or, with `bodyId`, the queue. */
    async list(actor: Actor, query: PracticeListQuery) {
      access.require(actor, listPermission(actor));
      const offset = Number(decodeCursor(query.cursor, 1)?.[0] ?? 0);
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, actor, query, offset);
        const page = pageOf(rows, query.limit, () => [offset + query.limit]);
        return { items: await presentPractices(tx, page.items, actor.userId), nextCursor: page.nextCursor };
      });
    },

    /** Any signed-in reader: a published practice, or one their municipality or association works on. */
    async get(actor: Actor, id: string): Promise<Practice> {
      // Every role reads countries: any signed-in reader passes, the visibility filter decides.
      access.require(actor, 'countries.read');
      return tenancy.read(scope(actor), async (tx) => {
        const row = await repo.find(tx, actor, id);
        if (!row) throw notFound('practice');
        const shown = await presentPractice(tx, row, actor.userId);
        // The moderation note is between the municipality and the association.
        const party = onSubmitterSide(actor, row) || onModeratorSide(actor, row);
        return party ? shown : { ...shown, moderationNote: '' };
      });
    },

    async create(actor: Actor, input: PracticeCreate): Promise<Practice> {
      access.require(actor, 'practices.submit');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'practices.submit');
        if (org.kind === 'national_body') throw invalid('organisationId', 'not_a_municipality');
        const body = await repo.association(tx, org.countryCode);
        if (!body) throw invalid('organisationId', 'no_association');
        await checkPractice(tx, org.countryCode, input);
        const { organisationId: _org, ...fields } = input;
        const row = await repo.insert(tx, {
          ...fields,
          organisationId: org.id,
          bodyId: body.id,
          countryCode: org.countryCode,
          status: 'draft',
          search: practiceSearch(input),
        });
        await audit(tx, actor, 'practice.create', null, row);
        return presentPractice(tx, row, actor.userId);
      });
    },

    /** Only a draft or a practice returned for changes. */
    async update(actor: Actor, id: string, patch: PracticeUpdate): Promise<Practice> {
      access.require(actor, 'practices.submit');
      return tenancy.run(scope(actor), async (tx) => {
        const before = await change(tx, actor, id, 'submitter', ['draft', 'returned']);
        const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const merged = { ...before, ...given } as PracticeRow;
        await checkPractice(tx, before.countryCode, merged);
        const row = await repo.update(tx, id, { ...given, search: practiceSearch(merged) });
        await audit(tx, actor, 'practice.update', before, row);
        return presentPractice(tx, row, actor.userId);
      });
    },

    /** Only a draft: once submitted, the association has seen it. */
    async remove(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'practices.submit');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await change(tx, actor, id, 'submitter', ['draft']);
        await repo.remove(tx, id);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'practice.delete',
          entityType: 'practice',
          entityId: id,
          before: audited(row),
        });
      });
    },

    /** In system scope, for the mail to the association's moderators: the checks of `change` guard it. */
    async submit(actor: Actor, id: string): Promise<Practice> {
      access.require(actor, 'practices.submit');
      return tenancy.run(systemScope, async (tx) => {
        const before = await change(tx, actor, id, 'submitter', ['draft', 'returned']);
        const row = await repo.update(tx, id, {
          status: 'submitted',
          submittedAt: new Date(),
          submittedBy: actor.userId,
        });
        await audit(tx, actor, 'practice.submit', before, row);
        await mailSubmitted(tx, deps, row);
        return presentPractice(tx, row, actor.userId);
      });
    },

    /** Publish with the four scores, return for changes or reject; the submitter hears of it. */
    async moderate(actor: Actor, id: string, input: PracticeModeration): Promise<Practice> {
      access.require(actor, 'practices.moderate');
      return tenancy.run(systemScope, async (tx) => {
        const before = await change(tx, actor, id, 'moderator', ['submitted']);
        const { status, template } = decisions[input.decision];
        const row = await repo.update(tx, id, {
          status,
          moderationNote: input.note,
          ...(input.decision === 'publish' ? { ...input.scores, publishedAt: new Date() } : {}),
        });
        await audit(tx, actor, 'practice.moderate', before, row);
        await mailDecision(tx, deps, row, template);
        return presentPractice(tx, row, actor.userId);
      });
    },
  };
}
