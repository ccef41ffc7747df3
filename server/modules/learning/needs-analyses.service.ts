import type { z } from 'zod';
import type { Locale } from '../../../contracts/access';
import type { LocalText } from '../../../contracts/competencies';
import type {
  addToProgrammeSchema,
  NeedsAnalysis,
  NeedsSummary,
  needsAnalysisCreateSchema,
  needsTriggerCreateSchema,
  SurveyAnswer,
} from '../../../contracts/needs-analyses';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import type { Mailer } from '../../platform/mail/mailer';
import { notifyUsers } from '../../platform/mail/notify-users';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { dayIn } from './learning-mail';
import { aggregateNeeds, writtenNeeds } from './needs-aggregation';
import {
  type NeedsAnalysisRow,
  type NeedsTriggerRow,
  needsAnalysesRepo as repo,
} from './needs-analyses.repo';
import { addSpecialItem } from './needs-programme';

export type NeedsDeps = { tenancy: Tenancy; mailer: Mailer; config: Config; translator: Translator };
type TriggerCreate = z.infer<typeof needsTriggerCreateSchema>;
type AddToProgramme = z.infer<typeof addToProgrammeSchema>;

const toTrigger = (r: NeedsTriggerRow) => ({
  id: r.id,
  kind: r.kind as TriggerCreate['kind'],
  description: r.description,
  topicArea: r.topicArea,
  competencyId: r.competencyId,
  people: r.people,
  createdAt: r.createdAt.toISOString(),
});

const toAnalysis = (r: NeedsAnalysisRow, answered: number): NeedsAnalysis => ({
  id: r.id,
  organisationId: r.organisationId,
  year: r.year,
  status: r.status as NeedsAnalysis['status'],
  surveyOpensOn: r.surveyOpensOn,
  surveyClosesOn: r.surveyClosesOn,
  surveyInvited: r.surveyInvited,
  surveyAnswered: answered,
  note: r.note,
  updatedAt: r.updatedAt.toISOString(),
});

const toAnswer = (a: {
  topicAreas: string[];
  competencyIds: string[];
  priority: string;
  text: string;
  forUnit: boolean;
}): SurveyAnswer => ({
  topicAreas: a.topicAreas,
  competencyIds: a.competencyIds,
  priority: a.priority as SurveyAnswer['priority'],
  text: a.text,
  forUnit: a.forUnit,
});

const surveyIsOpen = (r: NeedsAnalysisRow, day: string) =>
  r.status === 'open' &&
  !!r.surveyOpensOn &&
  !!r.surveyClosesOn &&
  r.surveyOpensOn <= day &&
  day <= r.surveyClosesOn;

const topicLabel = (pack: StoredPack, code: string): LocalText => {
  const area = pack.learning.topicAreas.find((a) => a.code === code);
  return area
    ? { name: area.name, nameLatin: area.nameLatin, nameEn: area.nameEn }
    : { name: code, nameLatin: code, nameEn: code };
};

export type NeedsAnalysesService = ReturnType<typeof createNeedsAnalysesService>;

export function createNeedsAnalysesService(deps: NeedsDeps) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  const present = async (tx: Tx, row: NeedsAnalysisRow) =>
    toAnalysis(row, (await repo.answeredCounts(tx, [row.id])).get(row.id) ?? 0);

  /** The analysis and its municipality, if the actor runs the municipality's learning (404 otherwise). */
  async function managed(tx: Tx, actor: Actor, id: string, lock = false) {
    const row = await (lock ? repo.lock(tx, id) : repo.find(tx, id));
    if (!row) throw notFound('needs_analysis');
    const org = await reachableOrganisation(tx, actor, row.organisationId, 'learning.manage');
    return { row, org };
  }

  /** The analysis locked for a change that needs it open. */
  async function open(tx: Tx, actor: Actor, id: string) {
    const found = await managed(tx, actor, id, true);
    if (found.row.status !== 'open') throw conflict('needs_analysis_closed');
    return found;
  }

  const audit = (
    tx: Tx,
    actor: Actor,
    row: NeedsAnalysisRow,
    action: string,
    after: object,
    before: object | null = null,
  ) =>
    recordAudit(tx, actor, {
      organisationId: row.organisationId,
      action: `needs_analysis.${action}`,
      entityType: 'needs_analysis',
      entityId: row.id,
      before,
      after,
    });

  return {
    async list(actor: Actor, organisationId: string) {
      access.require(actor, 'learning.manage');
      return tenancy.read(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, organisationId, 'learning.manage');
        const rows = await repo.list(tx, organisationId);
        const counts = await repo.answeredCounts(
          tx,
          rows.map((r) => r.id),
        );
        return { items: rows.map((r) => toAnalysis(r, counts.get(r.id) ?? 0)) };
      });
    },

    async get(actor: Actor, id: string) {
      access.require(actor, 'learning.manage');
      return tenancy.read(scope(actor), async (tx) => present(tx, (await managed(tx, actor, id)).row));
    },

    async create(actor: Actor, input: z.infer<typeof needsAnalysisCreateSchema>) {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'learning.manage');
        if (org.kind === 'national_body') throw invalid('organisationId', 'not_a_municipality');
        const row = await repo.insert(tx, input);
        if (!row) throw conflict('needs_analysis_exists', { year: input.year });
        await audit(tx, actor, row, 'create', { year: row.year, note: row.note });
        return toAnalysis(row, 0);
      });
    },

    async close(actor: Actor, id: string) {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row } = await open(tx, actor, id);
        const day = today();
        const closesOn = row.surveyClosesOn && row.surveyClosesOn > day ? day : row.surveyClosesOn;
        const after = await repo.update(tx, id, { status: 'closed', surveyClosesOn: closesOn });
        await audit(tx, actor, after, 'close', { status: 'closed' }, { status: row.status });
        return present(tx, after);
      });
    },

    async triggers(actor: Actor, id: string) {
      access.require(actor, 'learning.manage');
      return tenancy.read(scope(actor), async (tx) => {
        await managed(tx, actor, id);
        return { items: (await repo.triggers(tx, id)).map(toTrigger) };
      });
    },

    async addTrigger(actor: Actor, id: string, input: TriggerCreate) {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row, org } = await open(tx, actor, id);
        const pack = await storedPack(tx, org.countryCode);
        if (input.topicArea && !pack.learning.topicAreas.some((a) => a.code === input.topicArea))
          throw invalid('topicArea', 'unknown_topic_area');
        if (
          input.competencyId &&
          !(await repo.competencyKnown(tx, input.competencyId, org.countryCode, org.id))
        )
          throw invalid('competencyId', 'unknown_competency');
        const trigger = await repo.insertTrigger(tx, {
          ...input,
          analysisId: id,
          organisationId: row.organisationId,
        });
        await audit(tx, actor, row, 'trigger_add', toTrigger(trigger));
        return toTrigger(trigger);
      });
    },

    async removeTrigger(actor: Actor, id: string, triggerId: string) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const { row } = await open(tx, actor, id);
        const gone = await repo.deleteTrigger(tx, id, triggerId);
        if (!gone) throw notFound('needs_trigger');
        await audit(tx, actor, row, 'trigger_remove', {}, toTrigger(gone));
      });
    },

    /** Opens the survey today until `closesOn` and asks every active employee with an account. */
    async openSurvey(actor: Actor, id: string, closesOn: string) {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row } = await open(tx, actor, id);
        const day = today();
        if (closesOn < day) throw invalid('closesOn', 'in_the_past');
        const userIds = await repo.surveyUsers(tx, row.organisationId);
        const after = await repo.update(tx, id, {
          surveyOpensOn: day,
          surveyClosesOn: closesOn,
          surveyInvited: userIds.length,
        });
        await audit(tx, actor, after, 'survey_open', { surveyOpensOn: day, surveyClosesOn: closesOn });
        await notifyUsers(tx, deps, userIds, {
          template: 'needs_survey_open',
          organisationId: row.organisationId,
          path: '/training-needs/survey',
          params: (locale: Locale) => ({ year: String(row.year), closesOn: dayIn(closesOn, locale) }),
        });
        return present(tx, after);
      });
    },

    /** Open surveys of the actor's municipalities, with what the actor answered. */
    async mySurveys(actor: Actor) {
      access.require(actor, 'learning.read');
      const orgIds = [...new Set(actor.memberships.map((m) => m.organisationId))];
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.openSurveys(tx, orgIds, today());
        const answers = await repo.answersOf(
          tx,
          rows.map((r) => r.id),
          actor.userId,
        );
        return {
          items: rows.map((r) => {
            const answer = answers.find((a) => a.analysisId === r.id);
            return {
              analysisId: r.id,
              organisationId: r.organisationId,
              year: r.year,
              closesOn: r.surveyClosesOn,
              answer: answer ? toAnswer(answer) : null,
            };
          }),
        };
      });
    },

    async answer(actor: Actor, id: string, input: SurveyAnswer) {
      access.require(actor, 'learning.read');
      return tenancy.run(scope(actor), async (tx) => {
        const row = await repo.find(tx, id);
        if (!row || !actor.memberships.some((m) => m.organisationId === row.organisationId))
          throw notFound('needs_analysis');
        if (!surveyIsOpen(row, today())) throw conflict('survey_closed');
        if (input.forUnit && !(await repo.isManager(tx, actor.userId, row.organisationId)))
          throw invalid('forUnit', 'not_a_manager');
        const org = await reachableOrganisation(tx, actor, row.organisationId, 'learning.read');
        const pack = await storedPack(tx, org.countryCode);
        input.topicAreas.forEach((code, i) => {
          if (!pack.learning.topicAreas.some((a) => a.code === code))
            throw invalid(`topicAreas.${i}`, 'unknown_topic_area');
        });
        for (const [i, cid] of input.competencyIds.entries())
          if (!(await repo.competencyKnown(tx, cid, org.countryCode, org.id)))
            throw invalid(`competencyIds.${i}`, 'unknown_competency');
        await repo.saveAnswer(tx, {
          analysisId: id,
          organisationId: row.organisationId,
          userId: actor.userId,
          topicAreas: [...new Set(input.topicAreas)],
          competencyIds: [...new Set(input.competencyIds)],
          priority: input.priority,
          text: input.text,
          forUnit: input.forUnit,
        });
        return toAnswer({
          ...input,
          topicAreas: [...new Set(input.topicAreas)],
          competencyIds: [...new Set(input.competencyIds)],
        });
      });
    },

    async summary(actor: Actor, id: string): Promise<NeedsSummary> {
      access.require(actor, 'learning.manage');
      return tenancy.read(scope(actor), async (tx) => {
        const { row, org } = await managed(tx, actor, id);
        const appraisals = await repo.appraisalNeeds(tx, row.organisationId, row.year);
        const answers = await repo.allAnswers(tx, id);
        const triggers = await repo.triggers(tx, id);
        const counts = aggregateNeeds(appraisals, answers, triggers);
        const pack = await storedPack(tx, org.countryCode);
        const names = new Map(
          (
            await repo.competencyNames(
              tx,
              counts.flatMap((n) => (n.competencyId ? [n.competencyId] : [])),
            )
          ).map((c) => [c.id, { name: c.name, nameLatin: c.nameLatin, nameEn: c.nameEn }]),
        );
        const catalogue = await repo.catalogue(tx, org.countryCode);
        const special = await repo.specialProgramme(tx, row.organisationId, row.year);
        const covered = special ? await repo.programmeNeedKeys(tx, special.id) : new Set<string>();
        return {
          analysisId: id,
          needs: counts.map((n) => {
            const fits = catalogue
              .filter((p) =>
                n.competencyId ? p.competencyIds.includes(n.competencyId) : p.topicArea === n.topicArea,
              )
              .sort(
                (a, b) => Number(b.accreditation === 'accredited') - Number(a.accreditation === 'accredited'),
              );
            return {
              ...n,
              label: n.competencyId
                ? (names.get(n.competencyId) ?? { name: '', nameLatin: '', nameEn: '' })
                : topicLabel(pack, n.topicArea ?? ''),
              suggestions: fits.slice(0, 3).map((p) => ({ programmeId: p.id, code: p.code, title: p.title })),
              inSpecialProgramme: covered.has(n.key),
            };
          }),
          writtenNeeds: writtenNeeds(appraisals, answers),
        };
      });
    },

    /** Puts a need into the year's special programme, creating the (draft) programme if needed. */
    async addToProgramme(actor: Actor, id: string, input: AddToProgramme) {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row, org } = await managed(tx, actor, id);
        const title = (locale: Locale) =>
          deps.translator.t(locale, 'training-needs:specialProgrammeTitle', { year: row.year });
        const item = await addSpecialItem(tx, { org, year: row.year, title }, input);
        await audit(tx, actor, row, 'add_to_programme', {
          ...input,
          annualProgrammeId: item.annualProgrammeId,
        });
        return item;
      });
    },
  };
}
