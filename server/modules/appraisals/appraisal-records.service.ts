import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type { TrainingNeed, TrainingNeedListQuery } from '../../../contracts/appraisals';
import type { Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { notFound } from '../../platform/errors';
import { rulesOf } from '../competencies/competencies.service';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { employeeNames } from '../people/person-names';
import { appraisalsRepo as repo } from './appraisals.repo';

type GradeRow = Awaited<ReturnType<typeof repo.gradeHistory>>[number];

/** People whose grades in force meet the promotion rule: `times` top grades within the window. */
export function promotionCandidates(rules: AppraisalRules, rows: GradeRow[], thisYear: number) {
  const { grades, times, withinYears } = rules.promotion;
  const byPerson = new Map<string, GradeRow[]>();
  for (const r of rows) {
    if (r.year <= thisYear - withinYears || r.grade === null) continue;
    byPerson.set(r.employeeId, [...(byPerson.get(r.employeeId) ?? []), r]);
  }
  return [...byPerson.values()]
    .filter((history) => history.filter((h) => grades.includes(h.grade as number)).length >= times)
    .map((history) => {
      const p = history[0] as GradeRow;
      return {
        employeeId: p.employeeId,
        ...employeeNames(p),
        titleCode: p.titleCode,
        grades: history.map((h) => ({ year: h.year, grade: h.grade as number })),
      };
    });
}

export type AppraisalRecordsService = ReturnType<typeof createAppraisalRecordsService>;

/** What appraisals leave for HR work: training needs per person and promotion candidates. */
export function createAppraisalRecordsService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;
  return {
    /** HR sees the municipality's needs, a manager their subtree's, an official their own. */
    async trainingNeeds(actor: Actor, query: TrainingNeedListQuery): Promise<{ items: TrainingNeed[] }> {
      access.require(actor, 'appraisals.read');
      const reach = reachOf(actor, 'appraisals.read');
      if (!reach.all && !actor.memberships.some((m) => m.organisationId === query.organisationId))
        throw notFound('organisation');
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.trainingNeeds(tx, reach, actor.userId, query);
        return {
          items: rows.map(({ row, ...p }) => ({
            id: row.id,
            organisationId: row.organisationId,
            employeeId: row.employeeId,
            ...employeeNames(p),
            appraisalId: row.appraisalId,
            year: row.year,
            source: row.source as TrainingNeed['source'],
            competencyId: row.competencyId,
            competencyName: p.competencyName,
            competencyNameLatin: p.competencyNameLatin,
            competencyNameEn: p.competencyNameEn,
            requiredLevel: row.requiredLevel,
            ratedLevel: row.ratedLevel,
            text: row.text,
            createdAt: row.createdAt.toISOString(),
          })),
        };
      });
    },

    async promotions(actor: Actor, organisationId: string) {
      access.require(actor, 'appraisals.manage');
      return tenancy.read(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, organisationId, 'appraisals.manage');
        const rules = rulesOf(await storedPack(tx, org.countryCode), org.countryCode);
        const thisYear = new Date().getUTCFullYear();
        const rows = await repo.gradeHistory(tx, org.id, thisYear - rules.promotion.withinYears + 1);
        return { items: promotionCandidates(rules, rows, thisYear) };
      });
    },
  };
}
