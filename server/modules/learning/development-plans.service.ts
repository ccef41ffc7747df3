import type { z } from 'zod';
import type {
  DevelopmentPlan,
  developmentPlanCreateSchema,
  developmentPlanListQuery,
  planItemCreateSchema,
  planItemUpdateSchema,
} from '../../../contracts/development-plans';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { employeeNames } from '../people/person-names';
import {
  type PlanFound,
  type PlanItemRow,
  type PlanRow,
  developmentPlansRepo as repo,
} from './development-plans.repo';
import { needsAnalysesRepo } from './needs-analyses.repo';
import { programmesRepo } from './programmes.repo';

type ItemCreate = z.infer<typeof planItemCreateSchema>;
type ItemUpdate = z.infer<typeof planItemUpdateSchema>;
type Item = DevelopmentPlan['items'][number];

/** Share of the items done, counting every item not dropped. */
export function progressOf(items: ReadonlyArray<Pick<Item, 'status'>>): number {
  const live = items.filter((i) => i.status !== 'dropped');
  return live.length ? live.filter((i) => i.status === 'done').length / live.length : 0;
}

const auditedItem = (i: PlanItemRow) => ({
  kind: i.kind,
  text: i.text,
  competencyId: i.competencyId,
  programmeId: i.programmeId,
  quarter: i.quarter,
  status: i.status,
});

export type DevelopmentPlansService = ReturnType<typeof createDevelopmentPlansService>;

export function createDevelopmentPlansService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;
  // Who reads a plan: HR their municipality, a manager their unit, an employee their own.
  const readers = (actor: Actor) => reachOf(actor, 'learning.enrol');
  // Who drafts and agrees: HR and the line manager.
  const writers = (actor: Actor) => reachOf(actor, 'learning.approve');

  async function present(tx: Tx, found: PlanFound[]): Promise<DevelopmentPlan[]> {
    const items = await repo.items(
      tx,
      found.map((f) => f.plan.id),
    );
    const done = new Set<string>();
    for (const year of new Set(found.map((f) => f.plan.year))) {
      const ids = found.filter((f) => f.plan.year === year).map((f) => f.plan.employeeId);
      for (const key of await repo.completed(tx, ids, year)) done.add(`${year}:${key}`);
    }
    return found.map(({ plan, ...person }) => {
      const own = items
        .filter((i) => i.item.planId === plan.id)
        .map(({ item, programmeTitle, competencyName }) => ({
          id: item.id,
          kind: item.kind as Item['kind'],
          text: item.text,
          competencyId: item.competencyId,
          competencyName: item.competencyId ? competencyName : null,
          programmeId: item.programmeId,
          programmeTitle: programmeTitle ?? null,
          quarter: item.quarter,
          status: item.status as Item['status'],
          completed:
            item.kind === 'training' &&
            !!item.programmeId &&
            done.has(`${plan.year}:${plan.employeeId}:${item.programmeId}`),
        }));
      return {
        id: plan.id,
        organisationId: plan.organisationId,
        employeeId: plan.employeeId,
        ...employeeNames(person),
        year: plan.year,
        status: plan.status as DevelopmentPlan['status'],
        agreedByName: plan.agreedByName,
        agreedAt: plan.agreedAt?.toISOString() ?? null,
        employeeComment: plan.employeeComment,
        items: own,
        progress: progressOf(own),
        updatedAt: plan.updatedAt.toISOString(),
      };
    });
  }

  const presentOne = async (tx: Tx, actor: Actor, id: string) => {
    const found = await repo.find(tx, readers(actor), actor.userId, id);
    if (!found) throw notFound('development_plan');
    return (await present(tx, [found]))[0] as DevelopmentPlan;
  };

  /** The plan, if the actor drafts plans for its employee (404 otherwise). */
  async function writable(tx: Tx, actor: Actor, id: string) {
    const found = await repo.find(tx, writers(actor), actor.userId, id);
    if (!found) throw notFound('development_plan');
    return found.plan;
  }

  /** Competencies and programmes an item names must exist in the plan's country. */
  async function checkItem(
    tx: Tx,
    plan: PlanRow,
    item: Partial<Pick<ItemCreate, 'competencyId' | 'programmeId'>>,
  ) {
    const country = await repo.countryOf(tx, plan.organisationId);
    if (
      item.competencyId &&
      !(await needsAnalysesRepo.competencyKnown(tx, item.competencyId, country, plan.organisationId))
    )
      throw invalid('competencyId', 'unknown_competency');
    if (item.programmeId) {
      const p = await programmesRepo.find(tx, item.programmeId);
      if (!p || p.status === 'draft' || p.countryCode !== country)
        throw invalid('programmeId', 'unknown_programme');
    }
  }

  const audit = (
    tx: Tx,
    actor: Actor,
    plan: PlanRow,
    action: string,
    after: object | null,
    before: object | null = null,
  ) =>
    recordAudit(tx, actor, {
      organisationId: plan.organisationId,
      action: `development_plan.${action}`,
      entityType: 'development_plan',
      entityId: plan.id,
      before,
      after,
    });

  return {
    async list(actor: Actor, query: z.infer<typeof developmentPlanListQuery>) {
      access.require(actor, 'learning.read');
      return tenancy.read(scope(actor), async (tx) => {
        const found = await repo.list(tx, readers(actor), actor.userId, {
          ...query,
          userId: query.mine ? actor.userId : undefined,
        });
        return { items: (await present(tx, found)).map(({ items: _items, ...plan }) => plan) };
      });
    },

    async get(actor: Actor, id: string) {
      access.require(actor, 'learning.read');
      return tenancy.read(scope(actor), (tx) => presentOne(tx, actor, id));
    },

    async create(actor: Actor, input: z.infer<typeof developmentPlanCreateSchema>) {
      access.require(actor, 'learning.approve');
      return tenancy.run(scope(actor), async (tx) => {
        const employee = await repo.employee(tx, writers(actor), actor.userId, input.employeeId);
        if (!employee) throw notFound('employee');
        const plan = await repo.insert(tx, {
          organisationId: employee.organisationId,
          employeeId: employee.id,
          year: input.year,
        });
        if (!plan) throw conflict('development_plan_exists', { year: input.year });
        if (input.fromNeeds) await repo.insertItems(tx, plan.id, await fromNeeds(tx, plan));
        await audit(tx, actor, plan, 'create', { year: plan.year, fromNeeds: input.fromNeeds });
        return presentOne(tx, actor, plan.id);
      });
    },

    async remove(actor: Actor, id: string) {
      access.require(actor, 'learning.approve');
      await tenancy.run(scope(actor), async (tx) => {
        const plan = await writable(tx, actor, id);
        await repo.remove(tx, id);
        await audit(tx, actor, plan, 'delete', null, { year: plan.year, status: plan.status });
      });
    },

    async addItem(actor: Actor, id: string, input: ItemCreate) {
      access.require(actor, 'learning.approve');
      return tenancy.run(scope(actor), async (tx) => {
        const plan = await writable(tx, actor, id);
        await checkItem(tx, plan, input);
        const [item] = await repo.insertItems(tx, id, [{ ...input, organisationId: plan.organisationId }]);
        await repo.touch(tx, id);
        await audit(tx, actor, plan, 'item_add', auditedItem(item as PlanItemRow));
        return presentOne(tx, actor, id);
      });
    },

    async updateItem(actor: Actor, id: string, itemId: string, input: ItemUpdate) {
      access.require(actor, 'learning.approve');
      return tenancy.run(scope(actor), async (tx) => {
        const plan = await writable(tx, actor, id);
        const before = await repo.item(tx, id, itemId);
        if (!before) throw notFound('development_plan_item');
        await checkItem(tx, plan, input);
        const after = await repo.updateItem(tx, itemId, input);
        await repo.touch(tx, id);
        await audit(tx, actor, plan, 'item_update', auditedItem(after), auditedItem(before));
        return presentOne(tx, actor, id);
      });
    },

    async removeItem(actor: Actor, id: string, itemId: string) {
      access.require(actor, 'learning.approve');
      return tenancy.run(scope(actor), async (tx) => {
        const plan = await writable(tx, actor, id);
        const before = await repo.item(tx, id, itemId);
        if (!before) throw notFound('development_plan_item');
        await repo.removeItem(tx, itemId);
        await repo.touch(tx, id);
        await audit(tx, actor, plan, 'item_remove', null, auditedItem(before));
        return presentOne(tx, actor, id);
      });
    },

    /** The line manager or HR agrees the plan with the employee. */
    async agree(actor: Actor, id: string) {
      access.require(actor, 'learning.approve');
      return tenancy.run(scope(actor), async (tx) => {
        const plan = await writable(tx, actor, id);
        if (plan.status === 'agreed') throw conflict('development_plan_agreed');
        const after = await repo.update(tx, id, {
          status: 'agreed',
          agreedBy: actor.userId,
          agreedByName: actor.name,
          agreedAt: new Date(),
        });
        await audit(tx, actor, after, 'agree', { status: 'agreed' }, { status: plan.status });
        return presentOne(tx, actor, id);
      });
    },

    /** The employee's own word on their plan. */
    async comment(actor: Actor, id: string, comment: string) {
      access.require(actor, 'learning.read');
      return tenancy.run(scope(actor), async (tx) => {
        const found = await repo.find(tx, readers(actor), actor.userId, id);
        if (!found) throw notFound('development_plan');
        if (found.employeeUserId !== actor.userId)
          throw new AppError(403, 'forbidden', { permission: 'learning.enrol' });
        const after = await repo.update(tx, id, { employeeComment: comment });
        await audit(
          tx,
          actor,
          after,
          'comment',
          { employeeComment: comment },
          { employeeComment: found.plan.employeeComment },
        );
        return presentOne(tx, actor, id);
      });
    },
  };
}

/** Items drafted from the person's recorded needs: a training per competency gap, a goal per written need. */
async function fromNeeds(tx: Tx, plan: PlanRow) {
  const needs = await repo.needsOf(tx, plan.employeeId, plan.year);
  const country = await repo.countryOf(tx, plan.organisationId);
  const seen = new Set<string>();
  const rows = [];
  for (const n of needs) {
    if (n.competencyId) {
      if (seen.has(n.competencyId)) continue;
      seen.add(n.competencyId);
      rows.push({
        organisationId: plan.organisationId,
        kind: 'training',
        text: n.text ?? '',
        competencyId: n.competencyId,
        programmeId: await repo.suggestion(tx, country, n.competencyId),
      });
    } else if (n.text?.trim()) {
      rows.push({ organisationId: plan.organisationId, kind: 'goal', text: n.text.trim() });
    }
  }
  return rows;
}
