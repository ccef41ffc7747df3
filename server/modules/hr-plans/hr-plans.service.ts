import type {
  HrPlan,
  HrPlanActual,
  HrPlanAdopt,
  HrPlanCreate,
  HrPlanDetail,
  HrPlanLine,
  HrPlanLineUpdate,
  HrPlanUpdate,
} from '../../../contracts/hr-plans';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { type PlanContext, planPdf, planWorkbook } from './hr-plan-documents';
import { actualRows, byPackOrder, draftLines, toLine, toPlan } from './hr-plan-figures';
import { type HrPlanLineRow, hrPlansRepo as repo } from './hr-plans.repo';

type Permission = 'hr-plans.read' | 'hr-plans.manage';

export type HrPlansService = ReturnType<typeof createHrPlansService>;

export function createHrPlansService({ tenancy, translator }: { tenancy: Tenancy; translator: Translator }) {
  const scope = access.scopeOf;

  async function loadPlan(tx: Tx, actor: Actor, id: string, permission: Permission) {
    const found = await repo.find(tx, reachOf(actor, permission), id);
    if (!found) throw notFound('hr_plan');
    const org = await reachableOrganisation(tx, actor, found.row.organisationId, permission);
    return { ...found, org };
  }

  async function loadDraft(tx: Tx, actor: Actor, id: string) {
    const found = await loadPlan(tx, actor, id, 'hr-plans.manage');
    if (found.row.status !== 'draft') throw conflict('hr_plan_not_draft');
    return found;
  }

  type Loaded = Awaited<ReturnType<typeof loadPlan>>;

  /** The plan with its lines in the act's order of categories and titles. */
  async function detailOf(tx: Tx, plan: Loaded): Promise<HrPlanDetail> {
    const pack = (await storedPack(tx, plan.org.countryCode)).people;
    const lines = byPackOrder(pack, (await repo.linesOf(tx, [plan.row.id])).map(toLine));
    return { ...toPlan(plan, lines), lines };
  }

  async function contextOf(tx: Tx, actor: Actor, plan: Loaded): Promise<PlanContext> {
    const pack = (await storedPack(tx, plan.org.countryCode)).people;
    return { t: translator, locale: actor.locale, pack, organisation: plan.org };
  }

  /** A read of one plan in the reader's widened scope. */
  const readPlan = async <T>(actor: Actor, id: string, fn: (tx: Tx, plan: Loaded) => Promise<T>) => {
    access.require(actor, 'hr-plans.read');
    return tenancy.read(scope(actor), async (tx) => fn(tx, await loadPlan(tx, actor, id, 'hr-plans.read')));
  };

  const audit = (
    tx: Tx,
    actor: Actor,
    organisationId: string,
    action: string,
    entityId: string,
    change: object,
  ) =>
    recordAudit(tx, actor, {
      organisationId,
      action,
      entityType: action.split('.')[0] as string,
      entityId,
      ...change,
    });

  /** A change to a draft: load it, apply `change`, audit before and after, answer the new state. */
  async function changeDraft(
    actor: Actor,
    id: string,
    action: string,
    change: (tx: Tx, draft: Loaded) => Promise<void>,
  ) {
    return tenancy.run(scope(actor), async (tx) => {
      const draft = await loadDraft(tx, actor, id);
      const before = await detailOf(tx, draft);
      await change(tx, draft);
      const after = await detailOf(tx, await loadPlan(tx, actor, id, 'hr-plans.manage'));
      const { lines: _before, ...beforePlan } = before;
      const { lines: _after, ...afterPlan } = after;
      await audit(tx, actor, draft.org.id, action, id, { before: beforePlan, after: afterPlan });
      return after;
    });
  }

  return {
    async list(actor: Actor, organisationId: string): Promise<{ items: HrPlan[] }> {
      access.require(actor, 'hr-plans.read');
      return tenancy.read(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, organisationId, 'hr-plans.read');
        const plans = await repo.list(tx, organisationId);
        const lines = await repo.linesOf(
          tx,
          plans.map((p) => p.row.id),
        );
        const linesOf = (planId: string) => lines.filter((l: HrPlanLineRow) => l.planId === planId);
        return { items: plans.map((p) => toPlan(p, linesOf(p.row.id))) };
      });
    },

    get: (actor: Actor, id: string): Promise<HrPlanDetail> => readPlan(actor, id, detailOf),

    /** A draft generated from the act in force and the people employed now. */
    async create(actor: Actor, input: HrPlanCreate): Promise<HrPlanDetail> {
      access.require(actor, 'hr-plans.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'hr-plans.manage');
        const act = await repo.actInForce(tx, org.id);
        if (!act) throw invalid('organisationId', 'no_act_in_force');
        const row = await repo.insert(tx, {
          organisationId: org.id,
          year: input.year,
          systematisationId: act.id,
        });
        if (!row) throw conflict('hr_plan_exists', { year: input.year });
        const lines = draftLines(await repo.jobsByTitle(tx, act.id), await repo.staffByTitle(tx, org.id));
        await repo.insertLines(
          tx,
          lines.map((l) => ({ ...l, organisationId: org.id, planId: row.id })),
        );
        const out = await detailOf(tx, await loadPlan(tx, actor, row.id, 'hr-plans.manage'));
        await audit(tx, actor, org.id, 'hr_plan.create', row.id, { after: out });
        return out;
      });
    },

    async update(actor: Actor, id: string, patch: HrPlanUpdate): Promise<HrPlanDetail> {
      access.require(actor, 'hr-plans.manage');
      return changeDraft(actor, id, 'hr_plan.update', (tx) =>
        repo.update(tx, id, patch).then(() => undefined),
      );
    },

    async updateLine(actor: Actor, id: string, lineId: string, patch: HrPlanLineUpdate): Promise<HrPlanLine> {
      access.require(actor, 'hr-plans.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const draft = await loadDraft(tx, actor, id);
        const before = await repo.findLine(tx, id, lineId);
        if (!before) throw notFound('hr_plan_line');
        const after = toLine(await repo.updateLine(tx, lineId, patch));
        await repo.update(tx, id, {});
        await audit(tx, actor, draft.org.id, 'hr_plan_line.update', lineId, {
          before: toLine(before),
          after,
        });
        return after;
      });
    },

    /** The plan is adopted with the budget: from now on it is locked. */
    async adopt(actor: Actor, id: string, input: HrPlanAdopt): Promise<HrPlanDetail> {
      access.require(actor, 'hr-plans.manage');
      return changeDraft(actor, id, 'hr_plan.adopt', (tx) =>
        repo
          .update(tx, id, { status: 'adopted', actNumber: input.actNumber, adoptedAt: new Date() })
          .then(() => undefined),
      );
    },

    async delete(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'hr-plans.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const draft = await loadDraft(tx, actor, id);
        const before = await detailOf(tx, draft);
        await repo.delete(tx, id);
        await audit(tx, actor, draft.org.id, 'hr_plan.delete', id, { before });
      });
    },

    /** Planned against hired during the plan's year, with today's headcount per title. */
    actual: (actor: Actor, id: string): Promise<HrPlanActual> =>
      readPlan(actor, id, async (tx, plan) => {
        const { lines } = await detailOf(tx, plan);
        const pack = (await storedPack(tx, plan.org.countryCode)).people;
        const { items, total } = actualRows(
          lines,
          await repo.hiresByTitle(tx, plan.org.id, plan.row.year),
          await repo.staffByTitle(tx, plan.org.id),
        );
        return {
          planId: plan.row.id,
          year: plan.row.year,
          asOf: today(),
          items: byPackOrder(pack, items),
          total,
        };
      }),

    pdf: (actor: Actor, id: string): Promise<Buffer> =>
      readPlan(actor, id, async (tx, plan) =>
        planPdf(await detailOf(tx, plan), await contextOf(tx, actor, plan)),
      ),

    xlsx: (actor: Actor, id: string): Promise<Buffer> =>
      readPlan(actor, id, async (tx, plan) =>
        planWorkbook(await detailOf(tx, plan), await contextOf(tx, actor, plan)),
      ),
  };
}
