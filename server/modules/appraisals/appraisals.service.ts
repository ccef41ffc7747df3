import { localeSchema } from '../../../contracts/access';
import {
  type AppraisalRules,
  appraisalScore,
  gradeForScore,
  ratingAsLevel,
  registerNumberOf,
} from '../../../contracts/appraisal-rules';
import type {
  AppealDecision,
  AppealInput,
  Appraisal,
  AppraisalAction,
  AppraisalListQuery,
  AppraisalSummary,
  AppraisalUpdate,
  CommentInput,
  FinaliseInput,
  GoalsInput,
  InterimInput,
  RatingsInput,
} from '../../../contracts/appraisals';
import type { Page } from '../../../contracts/common';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { addDays, today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { organisationsRepo } from '../organisations/organisations.repo';
import { decisionPdf } from './appraisal-decision';
import { actionsFor, type FlowState, requireAction, type Standing } from './appraisal-flow';
import { toAppraisal, toSummary } from './appraisal-view';
import {
  type AppraisalFound,
  type AppraisalRow,
  type CycleRow,
  appraisalsRepo as repo,
} from './appraisals.repo';

type Loaded = { found: AppraisalFound; cycle: CycleRow; standing: Standing; state: FlowState };

/** The fields of a PATCH and who may write each. */
const raterFields = ['raterComment', 'trainingNeeds', 'interimComment'] as const;
const officialFields = ['officialComment', 'officialInterimComment'] as const;

export type AppraisalsService = ReturnType<typeof createAppraisalsService>;

export function createAppraisalsService(deps: {
  tenancy: Tenancy;
  translator: Translator;
  mailer: Mailer;
  config: Config;
}) {
  const { tenancy, translator } = deps;
  const scope = access.scopeOf;

  async function load(tx: Tx, actor: Actor, id: string): Promise<Loaded> {
    const found = await repo.find(tx, reachOf(actor, 'appraisals.read'), actor.userId, id);
    if (!found) throw notFound('appraisal');
    const cycle = (await repo.findCycle(tx, found.row.cycleId)) as CycleRow;
    const target = { organisationId: found.row.organisationId, countryCode: found.countryCode };
    const official = found.employeeUserId === actor.userId;
    const standing: Standing = {
      official,
      rater:
        !official && found.row.raterUserId === actor.userId && access.can(actor, 'appraisals.rate', target),
      hr: !official && access.can(actor, 'appraisals.manage', target),
    };
    const state: FlowState = {
      status: found.row.status as FlowState['status'],
      appealDeadline: found.row.appealDeadline,
      today: today(),
    };
    return { found, cycle, standing, state };
  }

  async function detail(tx: Tx, loaded: Loaded): Promise<Appraisal> {
    const id = loaded.found.row.id;
    return toAppraisal(
      loaded.found,
      await repo.goalsOf(tx, id),
      await repo.competenciesOf(tx, id),
      loaded.cycle.rules,
      actionsFor(loaded.state, loaded.standing),
    );
  }

  /** The record an audit entry keeps: the appraisal without what is only for the reader. */
  const audited = ({ actions: _a, rules: _r, ...rest }: Appraisal) => rest;

  /**
   * One step of the flow: checks that the reader may take `action` now, applies `change`, keeps
   * the due date in step, and audits the appraisal before and after.
   */
  async function act(
    actor: Actor,
    id: string,
    action: AppraisalAction,
    change: (tx: Tx, loaded: Loaded) => Promise<Partial<AppraisalRow> | undefined>,
  ): Promise<Appraisal> {
    access.require(actor, 'appraisals.read');
    return tenancy.run(scope(actor), async (tx) => {
      const loaded = await load(tx, actor, id);
      requireAction(action, loaded.state, loaded.standing);
      const before = await detail(tx, loaded);
      const values = await change(tx, loaded);
      if (values) await repo.update(tx, id, values);
      await repo.refreshDueDates(tx, { id });
      const after = await detail(tx, await load(tx, actor, id));
      await recordAudit(tx, actor, {
        organisationId: loaded.found.row.organisationId,
        action: `appraisal.${action}`,
        entityType: 'appraisal',
        entityId: id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  const officialOf = (loaded: Loaded) => loaded.found.employeeUserId;
  const mailTo = (
    tx: Tx,
    loaded: Loaded,
    userId: string | null,
    template: 'appraisal_goals_proposed' | 'appraisal_rated' | 'appraisal_decision',
  ) =>
    notifyUsers(tx, deps, [userId], {
      template,
      organisationId: loaded.found.row.organisationId,
      path: `/appraisals/${loaded.found.row.id}`,
      params: { year: String(loaded.found.row.year) },
    });

  const ratingValues = (rules: AppraisalRules) => new Set(rules.ratings.map((r) => r.value));

  /** What a finalised appraisal leaves behind: training needs, and a new appraisal if its grade calls for one. */
  async function consequences(tx: Tx, loaded: Loaded, grade: number, decisionDate: string) {
    const { row } = loaded.found;
    const rules = loaded.cycle.rules;
    const competencies = await repo.competenciesOf(tx, row.id);
    const base = {
      organisationId: row.organisationId,
      employeeId: row.employeeId,
      appraisalId: row.id,
      year: row.year,
    };
    await repo.insertTrainingNeeds(tx, [
      ...competencies
        .filter(
          (c) =>
            c.requiredLevel !== null && c.rating !== null && ratingAsLevel(rules, c.rating) < c.requiredLevel,
        )
        .map((c) => ({
          ...base,
          source: 'competency_gap',
          competencyId: c.competencyId,
          requiredLevel: c.requiredLevel,
          ratedLevel: ratingAsLevel(rules, c.rating as number),
        })),
      ...(row.trainingNeeds ? [{ ...base, source: 'appraisal', text: row.trainingNeeds }] : []),
    ]);
    const triggers = rules.grades.find((g) => g.value === grade)?.triggers ?? [];
    if (!triggers.includes('extraordinary_appraisal') || row.kind === 'extraordinary') return;
    const [next] = await repo.insert(tx, [
      {
        organisationId: row.organisationId,
        employeeId: row.employeeId,
        cycleId: row.cycleId,
        year: row.year,
        kind: 'extraordinary',
        extraordinaryOf: row.id,
        orgUnitId: row.orgUnitId,
        positionId: row.positionId,
        category: row.category,
        titleCode: row.titleCode,
        group: row.group,
        raterUserId: row.raterUserId,
        dueOn: addDays(decisionDate, rules.extraordinaryDays),
      },
    ]);
    await repo.insertCompetencies(
      tx,
      competencies.map(({ id: _id, rating: _r, comment: _c, ...c }) => ({
        ...c,
        appraisalId: (next as AppraisalRow).id,
      })),
    );
  }

  return {
    async list(actor: Actor, query: AppraisalListQuery): Promise<Page<AppraisalSummary>> {
      access.require(actor, 'appraisals.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(
          tx,
          reachOf(actor, 'appraisals.read'),
          actor.userId,
          query,
          actor.locale,
          after,
        );
        const page = pageOf(rows, query.limit, (r) => [r.sortKey as string, r.row.id]);
        return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
      });
    },

    async get(actor: Actor, id: string): Promise<Appraisal> {
      access.require(actor, 'appraisals.read');
      return tenancy.read(scope(actor), async (tx) => detail(tx, await load(tx, actor, id)));
    },

    /** HR reassigns the rater; rater and official write their comments while the appraisal is open. */
    async update(actor: Actor, id: string, patch: AppraisalUpdate): Promise<Appraisal> {
      const action: AppraisalAction = patch.raterUserId !== undefined ? 'assign_rater' : 'comment';
      return act(actor, id, action, async (tx, loaded) => {
        const { standing, found } = loaded;
        if (action === 'assign_rater' && Object.keys(patch).length > 1) throw invalid('raterUserId', 'alone');
        if (raterFields.some((f) => patch[f] !== undefined) && !standing.rater)
          throw invalid(raterFields.find((f) => patch[f] !== undefined) as string, 'rater_only');
        if (officialFields.some((f) => patch[f] !== undefined) && !standing.official)
          throw invalid(officialFields.find((f) => patch[f] !== undefined) as string, 'official_only');
        if (patch.interimComment !== undefined && loaded.state.status !== 'active')
          throw invalid('interimComment', 'not_in_step');
        if (patch.raterUserId) {
          const raters = await repo.raters(tx, found.row.organisationId);
          if (
            !raters.some((r) => r.userId === patch.raterUserId) ||
            patch.raterUserId === found.employeeUserId
          )
            throw invalid('raterUserId', 'not_a_rater');
        }
        return patch;
      });
    },

    putGoals: (actor: Actor, id: string, input: GoalsInput) =>
      act(actor, id, 'edit_goals', async (tx, { found }) => {
        const sum = input.goals.reduce((n, g) => n + g.weight, 0);
        if (sum !== 100) throw invalid('goals', 'weights_sum', { sum });
        input.goals.forEach((g, i) => {
          if (g.dueOn && !g.dueOn.startsWith(`${found.row.year}-`))
            throw invalid(`goals.${i}.dueOn`, 'outside_year', { year: found.row.year });
        });
        await repo.replaceGoals(
          tx,
          id,
          input.goals.map((g, position) => ({
            ...g,
            position,
            organisationId: found.row.organisationId,
            appraisalId: id,
          })),
        );
        // Goals changed after they were proposed go back to the official to be agreed again.
        return { status: 'draft', goalsProposedAt: null };
      }),

    proposeGoals: (actor: Actor, id: string) =>
      act(actor, id, 'propose_goals', async (tx, loaded) => {
        if (!(await repo.goalsOf(tx, id)).length) throw invalid('goals', 'required');
        await mailTo(tx, loaded, officialOf(loaded), 'appraisal_goals_proposed');
        return { status: 'goals_proposed', goalsProposedAt: new Date() };
      }),

    acknowledgeGoals: (actor: Actor, id: string, input: CommentInput) =>
      act(actor, id, 'acknowledge_goals', async () => ({
        status: 'active',
        goalsAcknowledgedAt: new Date(),
        ...(input.comment !== null && { officialComment: input.comment }),
      })),

    interim: (actor: Actor, id: string, input: InterimInput) =>
      act(actor, id, 'interim', async (tx) => {
        for (const [i, n] of input.notes.entries())
          if (!(await repo.updateGoal(tx, id, n.goalId, { interimNote: n.note })).length)
            throw invalid(`notes.${i}.goalId`, 'unknown_goal');
        return { interimAt: new Date(), interimComment: input.interimComment };
      }),

    rate: (actor: Actor, id: string, input: RatingsInput) =>
      act(actor, id, 'rate', async (tx, { cycle }) => {
        const scale = ratingValues(cycle.rules);
        type Update = (
          tx: Tx,
          appraisalId: string,
          id: string,
          v: { rating: number | null; comment: string | null },
        ) => Promise<unknown[]>;
        const save = async (list: RatingsInput['goals'], field: 'goals' | 'competencies', update: Update) => {
          for (const [i, item] of list.entries()) {
            if (item.rating !== null && !scale.has(item.rating))
              throw invalid(`${field}.${i}.rating`, 'not_on_scale');
            if (!(await update(tx, id, item.id, { rating: item.rating, comment: item.comment })).length)
              throw invalid(`${field}.${i}.id`, 'unknown_item');
          }
        };
        await save(input.goals, 'goals', repo.updateGoal);
        await save(input.competencies, 'competencies', repo.updateCompetency);
        return undefined;
      }),

    /** The final rating: every goal and competency rated, the grade follows by the cycle's rule. */
    submitRating: (actor: Actor, id: string) =>
      act(actor, id, 'submit_rating', async (tx, loaded) => {
        const goals = await repo.goalsOf(tx, id);
        const competencies = await repo.competenciesOf(tx, id);
        if (!goals.length || goals.some((g) => g.rating === null)) throw invalid('goals', 'unrated');
        if (competencies.some((c) => c.rating === null)) throw invalid('competencies', 'unrated');
        // Every rating was checked to be there just above.
        const score = appraisalScore(
          loaded.cycle.rules,
          goals.map((g) => ({ weight: g.weight, rating: g.rating as number })),
          competencies.map((c) => ({ rating: c.rating as number })),
        );
        const grade = gradeForScore(loaded.cycle.rules, score);
        await mailTo(tx, loaded, officialOf(loaded), 'appraisal_rated');
        return { status: 'rated', ratedAt: new Date(), score, ratedGrade: grade, grade };
      }),

    acknowledge: (actor: Actor, id: string, input: CommentInput) =>
      act(actor, id, 'acknowledge', async () => ({
        status: 'acknowledged',
        acknowledgedAt: new Date(),
        ...(input.comment !== null && { officialComment: input.comment }),
      })),

    /** The decision: numbered in the register, dated, and from now on locked. */
    finalise: (actor: Actor, id: string, input: FinaliseInput) =>
      act(actor, id, 'finalise', async (tx, loaded) => {
        const { row } = loaded.found;
        const rules = loaded.cycle.rules;
        const decisionDate = input.decisionDate ?? today();
        if (decisionDate < `${row.year}-01-01`)
          throw invalid('decisionDate', 'before_year', { year: row.year });
        if (decisionDate > today()) throw invalid('decisionDate', 'in_future');
        const year = Number(decisionDate.slice(0, 4));
        const sequence = await repo.nextRegisterSequence(tx, row.organisationId, year);
        const registerNumber = input.registerNumber ?? registerNumberOf(rules, sequence, year);
        if (await repo.registerNumberTaken(tx, row.organisationId, registerNumber))
          throw invalid('registerNumber', 'register_number_taken');
        await consequences(tx, loaded, row.grade as number, decisionDate);
        await mailTo(tx, loaded, officialOf(loaded), 'appraisal_decision');
        return {
          status: 'finalised',
          finalisedAt: new Date(),
          decisionDate,
          registerNumber,
          registerSequence: input.registerNumber ? null : sequence,
          appealDeadline: addDays(decisionDate, rules.appealDays),
        };
      }),

    appeal: (actor: Actor, id: string, input: AppealInput) =>
      act(actor, id, 'appeal', async () => ({
        status: 'appealed',
        appealReason: input.reason,
        appealedAt: new Date(),
      })),

    decideAppeal: (actor: Actor, id: string, input: AppealDecision) =>
      act(actor, id, 'decide_appeal', async (_tx, { cycle, found }) => {
        let grade = found.row.grade;
        if (input.outcome === 'grade_changed') {
          if (input.grade === undefined) throw invalid('grade', 'required');
          if (!cycle.rules.grades.some((g) => g.value === input.grade))
            throw invalid('grade', 'not_on_scale');
          if (input.grade === found.row.grade) throw invalid('grade', 'unchanged');
          grade = input.grade;
        }
        return {
          status: 'closed',
          appealOutcome: input.outcome,
          appealGrade: input.outcome === 'grade_changed' ? grade : null,
          appealNote: input.note,
          appealDecidedAt: new Date(),
          grade,
        };
      }),

    /** The decision document, in the official language and script of the municipality's country. */
    async decision(actor: Actor, id: string): Promise<Buffer> {
      access.require(actor, 'appraisals.read');
      return tenancy.read(scope(actor), async (tx) => {
        const loaded = await load(tx, actor, id);
        if (!['finalised', 'appealed', 'closed'].includes(loaded.state.status))
          throw conflict('appraisal_not_decided');
        const country = await organisationsRepo.findCountry(tx, loaded.found.countryCode);
        return decisionPdf(await detail(tx, loaded), {
          t: translator,
          locale: localeSchema.parse(country?.defaultLocale),
          organisation: {
            name: loaded.found.organisationName,
            nameLatin: loaded.found.organisationNameLatin,
          },
        });
      });
    },
  };
}
