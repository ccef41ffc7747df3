import type {
  AppraisalCycle,
  AppraisalCycleCreate,
  AppraisalCycleUpdate,
} from '../../../contracts/appraisals';
import type { CompetencyGroup } from '../../../contracts/competencies';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { addDays, today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Mailer } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { competenciesRepo } from '../competencies/competencies.repo';
import { rulesOf } from '../competencies/competencies.service';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { competenciesFor, cycleDates, groupOf, hiredBy, raterFor } from './appraisal-opening';
import { progressOf, toCycle } from './appraisal-view';
import { type CycleRow, appraisalsRepo as repo } from './appraisals.repo';

/** Reminders go to whoever must act on an appraisal whose step is due within this many days. */
const reminderHorizonDays = 7;

/** Who must act at each step still under way (HR finalises; it is not reminded here). */
const waitingOn = { draft: 'rater', goals_proposed: 'official', active: 'rater', rated: 'official' } as const;

const horizon = () => addDays(today(), reminderHorizonDays);

export type AppraisalCyclesService = ReturnType<typeof createAppraisalCyclesService>;

export function createAppraisalCyclesService(deps: { tenancy: Tenancy; mailer: Mailer; config: Config }) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  /** Tells whoever must act, one message per person and municipality, and notes when. */
  async function sendReminders(tx: Tx, due: Awaited<ReturnType<typeof repo.pendingDue>>): Promise<number> {
    let sent = 0;
    for (const organisationId of new Set(due.map((a) => a.organisationId))) {
      const mine = due.filter((a) => a.organisationId === organisationId);
      const recipients = mine.map((a) =>
        waitingOn[a.status as keyof typeof waitingOn] === 'rater' ? a.raterUserId : a.officialUserId,
      );
      sent += await notifyUsers(tx, deps, recipients, {
        template: 'appraisal_reminder',
        organisationId,
        path: '/appraisals',
        params: { year: String(mine[0]?.year) },
      });
    }
    await repo.markReminded(
      tx,
      due.map((a) => a.id),
    );
    return sent;
  }

  /**
   * Gives every official who is eligible for the cycle's year and has no regular appraisal in it
   * one in draft: the rater the org structure gives and the competencies their group and job
   * call for. Answers how many were added.
   */
  async function appraiseNewcomers(tx: Tx, org: { id: string; countryCode: string }, cycle: CycleRow) {
    const { rules } = cycle;
    const people = await repo.appraisable(tx, org.id, hiredBy(rules, cycle.year), rules.categories, cycle.id);
    const raters = await repo.raters(tx, org.id);
    const framework = await competenciesRepo.list(tx, org.countryCode, org.id, true);
    const placed = new Map(people.map((p) => [p.id, { person: p, group: groupOf(p, raters) }]));
    const rows = await repo.insert(
      tx,
      [...placed.values()].map(({ person, group }) => ({
        organisationId: org.id,
        employeeId: person.id,
        cycleId: cycle.id,
        year: cycle.year,
        orgUnitId: person.orgUnitId,
        positionId: person.positionId,
        category: person.category,
        titleCode: person.titleCode,
        group,
        raterUserId: raterFor(person, raters),
      })),
    );
    await repo.insertCompetencies(
      tx,
      rows.flatMap((a) => {
        const { person, group } = placed.get(a.employeeId) as {
          person: (typeof people)[number];
          group: CompetencyGroup;
        };
        return competenciesFor(group, framework, person.required).map(
          ({ competency: c, requiredLevel }, i) => ({
            organisationId: org.id,
            appraisalId: a.id,
            competencyId: c.id,
            position: i,
            code: c.code,
            kind: c.kind,
            name: c.name,
            nameLatin: c.nameLatin,
            nameEn: c.nameEn,
            requiredLevel,
          }),
        );
      }),
    );
    await repo.refreshDueDates(tx, { cycleId: cycle.id });
    return rows.length;
  }

  async function withProgress(tx: Tx, rows: CycleRow[]): Promise<AppraisalCycle[]> {
    const progress = await repo.progress(
      tx,
      rows.map((r) => r.id),
      today(),
    );
    return rows.map((r) => toCycle(r, progressOf(progress, r.id)));
  }

  async function loadCycle(
    tx: Tx,
    actor: Actor,
    id: string,
    permission: 'appraisals.read' | 'appraisals.manage',
  ) {
    const row = await repo.findCycle(tx, id);
    if (!row) throw notFound('appraisal_cycle');
    const org = await reachableOrganisation(tx, actor, row.organisationId, permission);
    return { row, org };
  }

  /** A change to an open cycle, audited before and after. */
  async function changeOpen(
    actor: Actor,
    id: string,
    action: string,
    change: (tx: Tx, cycle: CycleRow) => Promise<void>,
  ): Promise<AppraisalCycle> {
    return tenancy.run(scope(actor), async (tx) => {
      const { row, org } = await loadCycle(tx, actor, id, 'appraisals.manage');
      if (row.status !== 'open') throw conflict('appraisal_cycle_closed');
      await change(tx, row);
      const [before, after] = await withProgress(tx, [row, (await repo.findCycle(tx, id)) as CycleRow]);
      const { rules: _b, ...beforeOut } = before as AppraisalCycle;
      const { rules: _a, ...afterOut } = after as AppraisalCycle;
      await recordAudit(tx, actor, {
        organisationId: org.id,
        action,
        entityType: 'appraisal_cycle',
        entityId: id,
        before: beforeOut,
        after: afterOut,
      });
      return after as AppraisalCycle;
    });
  }

  return {
    async list(actor: Actor, organisationId: string): Promise<{ items: AppraisalCycle[] }> {
      access.require(actor, 'appraisals.read');
      return tenancy.read(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, organisationId, 'appraisals.read');
        return { items: await withProgress(tx, await repo.listCycles(tx, organisationId)) };
      });
    },

    async get(actor: Actor, id: string): Promise<AppraisalCycle> {
      access.require(actor, 'appraisals.read');
      return tenancy.read(scope(actor), async (tx) => {
        const { row } = await loadCycle(tx, actor, id, 'appraisals.read');
        return (await withProgress(tx, [row]))[0] as AppraisalCycle;
      });
    },

    /**
     * Opens the year: the country's rules are copied into the cycle, and every official who
     * worked long enough in the year gets an appraisal in draft with the rater the org structure
     * gives and the competencies their group and job call for.
     */
    async create(actor: Actor, input: AppraisalCycleCreate): Promise<AppraisalCycle> {
      access.require(actor, 'appraisals.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'appraisals.manage');
        const rules = rulesOf(await storedPack(tx, org.countryCode), org.countryCode);
        const dates = cycleDates(rules, input.year);
        const cycle = await repo.insertCycle(tx, {
          organisationId: org.id,
          year: input.year,
          rules,
          ...dates,
        });
        if (!cycle) throw conflict('appraisal_cycle_exists', { year: input.year });
        await appraiseNewcomers(tx, org, cycle);
        const out = (await withProgress(tx, [cycle]))[0] as AppraisalCycle;
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'appraisal_cycle.create',
          entityType: 'appraisal_cycle',
          entityId: cycle.id,
          after: { year: out.year, goalsDue: out.goalsDue, appraisals: out.progress.total },
        });
        return out;
      });
    },

    update: (actor: Actor, id: string, patch: AppraisalCycleUpdate) => {
      access.require(actor, 'appraisals.manage');
      return changeOpen(actor, id, 'appraisal_cycle.update', async (tx, cycle) => {
        const next = {
          goalsDue: cycle.goalsDue,
          interimDue: cycle.interimDue,
          finalDue: cycle.finalDue,
          ...patch,
        };
        if (next.interimDue < next.goalsDue) throw invalid('interimDue', 'before_goals_due');
        if (next.finalDue < next.interimDue) throw invalid('finalDue', 'before_interim_due');
        await repo.updateCycle(tx, id, patch);
        await repo.refreshDueDates(tx, { cycleId: id });
      });
    },

    /** Officials who became eligible after the year was opened (hired or moved since) get theirs. */
    addNewcomers: (actor: Actor, id: string) => {
      access.require(actor, 'appraisals.manage');
      return changeOpen(actor, id, 'appraisal_cycle.add_newcomers', async (tx, cycle) => {
        const org = await reachableOrganisation(tx, actor, cycle.organisationId, 'appraisals.manage');
        await appraiseNewcomers(tx, org, cycle);
      });
    },

    /** Every appraisal finalised: the year is closed and nothing more can start in it. */
    close: (actor: Actor, id: string) => {
      access.require(actor, 'appraisals.manage');
      return changeOpen(actor, id, 'appraisal_cycle.close', async (tx) => {
        const open = await repo.openCount(tx, id);
        if (open > 0) throw conflict('appraisal_cycle_unfinished', { count: open });
        await repo.updateCycle(tx, id, { status: 'closed', closedAt: new Date() });
      });
    },

    /** One message per person who must act on an appraisal of this year whose step is due within a week. */
    async remind(actor: Actor, id: string): Promise<{ sent: number }> {
      access.require(actor, 'appraisals.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row, org } = await loadCycle(tx, actor, id, 'appraisals.manage');
        if (row.status !== 'open') throw conflict('appraisal_cycle_closed');
        const sent = await sendReminders(tx, await repo.pendingDue(tx, { cycleId: id, until: horizon() }));
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'appraisal_cycle.remind',
          entityType: 'appraisal_cycle',
          entityId: id,
          after: { sent },
        });
        return { sent };
      });
    },

    /** The daily run over every open year: each person at most once a week per appraisal. */
    remindAllDue: () =>
      tenancy.run(systemScope, async (tx) => {
        const weekAgo = new Date(Date.now() - 7 * 86_400_000);
        return sendReminders(tx, await repo.pendingDue(tx, { until: horizon(), notRemindedSince: weekAgo }));
      }),

    async raters(actor: Actor, organisationId: string) {
      access.require(actor, 'appraisals.read');
      return tenancy.read(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, organisationId, 'appraisals.manage');
        const rows = await repo.raters(tx, organisationId);
        const seen = new Set<string>();
        const items = rows.filter((r) => !seen.has(r.userId) && seen.add(r.userId));
        return { items: items.map((r) => ({ userId: r.userId, name: r.name })) };
      });
    },
  };
}
