import type {
  TrainingRequest,
  TrainingRequestCreate,
  TrainingRequestListQuery,
  TrainingRequestSchedule,
  TrainingRequestStatus,
} from '../../../contracts/training-requests';
import type { Tx } from '../../db/client';
import { systemScope } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { factsOf, managedOrganisation, organisationFacts } from './learning-organisations';
import { programmesRepo } from './programmes.repo';
import { insertSession } from './session-writer';
import { mailAnswered, mailSubmitted, type RequestMailDeps } from './training-request-mail';
import { trainingRequestsRepo as repo, type TrainingRequestRow } from './training-requests.repo';

type Action = 'accept' | 'decline' | 'withdraw' | 'schedule';

/** Who answers what, and from which states: anything else is a conflict. */
const rules: Record<
  Action,
  { from: readonly TrainingRequestStatus[]; to: TrainingRequestStatus; by: 'body' | 'requester' }
> = {
  accept: { from: ['submitted'], to: 'accepted', by: 'body' },
  decline: { from: ['submitted', 'accepted'], to: 'declined', by: 'body' },
  schedule: { from: ['accepted'], to: 'scheduled', by: 'body' },
  withdraw: { from: ['submitted', 'accepted'], to: 'withdrawn', by: 'requester' },
};

const audited = (r: TrainingRequestRow) => ({
  status: r.status,
  answer: r.answer,
  sessionId: r.sessionId,
  topic: r.topic,
  programmeId: r.programmeId,
  preferredFrom: r.preferredFrom,
  preferredTo: r.preferredTo,
  participants: r.participants,
});

export type TrainingRequestsService = ReturnType<typeof createTrainingRequestsService>;

export function createTrainingRequestsService(deps: RequestMailDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;
  const reach = (actor: Actor) => reachOf(actor, 'learning.manage');

  async function present(tx: Tx, rows: TrainingRequestRow[]): Promise<TrainingRequest[]> {
    const facts = await organisationFacts(
      tx,
      rows.flatMap((r) => [r.organisationId, r.bodyId]),
    );
    return rows.map((r) => {
      const org = factsOf(facts, r.organisationId);
      const body = factsOf(facts, r.bodyId);
      return {
        id: r.id,
        organisationId: r.organisationId,
        organisationName: org.name,
        organisationNameLatin: org.nameLatin,
        bodyId: r.bodyId,
        bodyName: body.name,
        bodyNameLatin: body.nameLatin,
        programmeId: r.programmeId,
        topic: r.topic,
        preferredFrom: r.preferredFrom,
        preferredTo: r.preferredTo,
        participants: r.participants,
        note: r.note,
        status: r.status as TrainingRequestStatus,
        answer: r.answer,
        sessionId: r.sessionId,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }
  const presentOne = async (tx: Tx, row: TrainingRequestRow) =>
    (await present(tx, [row]))[0] as TrainingRequest;

  /**
   * Moves a request on, as the side the rule names; `change` adds what the step writes. The mail
   * to the other side is queued in the same transaction, whose members the actor's scope may not
   * read: it runs in system scope, so the reach checks below are what guard it.
   */
  async function decide(
    actor: Actor,
    id: string,
    action: Action,
    change: (tx: Tx, row: TrainingRequestRow) => Promise<Partial<TrainingRequestRow>>,
  ): Promise<TrainingRequest> {
    const rule = rules[action];
    return tenancy.run(systemScope, async (tx) => {
      const before = await repo.lock(tx, reach(actor), id);
      if (!before) throw notFound('training_request');
      await managedOrganisation(tx, actor, rule.by === 'body' ? before.bodyId : before.organisationId);
      if (!rule.from.includes(before.status as TrainingRequestStatus))
        throw conflict('training_request_status', { status: before.status });
      const row = await repo.update(tx, id, { ...(await change(tx, before)), status: rule.to });
      await recordAudit(tx, actor, {
        organisationId: rule.by === 'body' ? row.bodyId : row.organisationId,
        action: `training_request.${action}`,
        entityType: 'training_request',
        entityId: id,
        before: audited(before),
        after: audited(row),
      });
      const view = await presentOne(tx, row);
      if (rule.by === 'body')
        await mailAnswered(tx, deps, row, { name: view.bodyName, nameLatin: view.bodyNameLatin });
      return view;
    });
  }

  return {
    /** The requests of the actor's municipality and those addressed to the actor's body. */
    async list(actor: Actor, query: TrainingRequestListQuery) {
      access.require(actor, 'learning.manage');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, reach(actor), query, after);
        const page = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
        return {
          items: await present(
            tx,
            page.items.map((r) => r.row),
          ),
          nextCursor: page.nextCursor,
        };
      });
    },

    async get(actor: Actor, id: string): Promise<TrainingRequest> {
      access.require(actor, 'learning.manage');
      return tenancy.read(scope(actor), async (tx) => {
        const row = await repo.find(tx, reach(actor), id);
        if (!row) throw notFound('training_request');
        return presentOne(tx, row);
      });
    },

    /** In system scope, for the mail to the body's administrators: the reach checks guard it. */
    async create(actor: Actor, input: TrainingRequestCreate): Promise<TrainingRequest> {
      access.require(actor, 'learning.manage');
      return tenancy.run(systemScope, async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'learning.manage');
        if (org.kind === 'national_body') throw invalid('organisationId', 'not_a_municipality');
        const body = (await organisationFacts(tx, [input.bodyId])).get(input.bodyId);
        if (body?.kind !== 'national_body' || body.countryCode !== org.countryCode)
          throw invalid('bodyId', 'not_a_national_body');
        if (input.programmeId) {
          const programme = await programmesRepo.find(tx, input.programmeId);
          if (!programme || programme.ownerId !== input.bodyId || programme.status === 'draft')
            throw invalid('programmeId', 'unknown_programme');
        }
        if (input.preferredTo < input.preferredFrom) throw invalid('preferredTo', 'before_start');
        const row = await repo.insert(tx, { ...input, status: 'submitted', requestedBy: actor.userId });
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'training_request.create',
          entityType: 'training_request',
          entityId: row.id,
          after: audited(row),
        });
        await mailSubmitted(tx, deps, row, org);
        return presentOne(tx, row);
      });
    },

    async accept(actor: Actor, id: string, answer: string) {
      access.require(actor, 'learning.manage');
      return decide(actor, id, 'accept', async () => ({ answer: answer || null }));
    },

    async decline(actor: Actor, id: string, answer: string) {
      access.require(actor, 'learning.manage');
      return decide(actor, id, 'decline', async () => ({ answer }));
    },

    async withdraw(actor: Actor, id: string) {
      access.require(actor, 'learning.manage');
      return decide(actor, id, 'withdraw', async () => ({}));
    },

    /** The session is created in the same transaction: restricted to the municipality that asked. */
    async schedule(actor: Actor, id: string, input: TrainingRequestSchedule) {
      access.require(actor, 'learning.manage');
      return decide(actor, id, 'schedule', async (tx, row) => ({
        sessionId: await insertSession(tx, {
          ...input,
          organiserId: row.bodyId,
          restrictedToId: row.organisationId,
        }),
      }));
    },
  };
}
