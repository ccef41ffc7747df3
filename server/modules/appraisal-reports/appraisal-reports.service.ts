import type {
  Completion,
  CompletionQuery,
  Distribution,
  DistributionQuery,
  ReportGrade,
} from '../../../contracts/appraisal-reports';
import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import { appraisalStatuses, type CycleProgress } from '../../../contracts/appraisals';
import { suppressionThreshold } from '../../../contracts/reports';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { today } from '../../platform/days';
import { invalid, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { organisationsRepo } from '../organisations/organisations.repo';
import { countingScope, type ReportFrame, resolveFrame } from '../reports/report-frame';
import { type GradeCount, appraisalReportsRepo as repo } from './appraisal-reports.repo';
import { distributionWorkbook } from './appraisal-workbook';
import { type GradeColumns, type GradeCounts, gradeTable, yearTotals } from './grade-table';
import { grouped, type Keyed, localName, unitRollup } from './unit-rollup';

/** The rules a country's stored pack holds, if it holds any yet. */
const packRules = (pack: StoredPack) => (pack as StoredPack & { appraisal?: AppraisalRules }).appraisal;

/** The rules' grades in the law's order, then any other value found (the rules changed since). */
function gradesOf(rules: AppraisalRules | undefined, counts: GradeCount[]): ReportGrade[] {
  const listed: ReportGrade[] = rules?.grades ?? [];
  const extra = [...new Set(counts.map((c) => c.grade))]
    .filter((v) => !listed.some((g) => g.value === v))
    .sort((x, y) => x - y)
    .map((v) => {
      const name = String(v);
      return { value: v, code: name, name, nameLatin: name, nameEn: name, triggers: [] };
    });
  return [...listed, ...extra];
}

const tally = (counts: GradeCount[]) => {
  const byGrade = new Map<number, number>();
  for (const c of counts) byGrade.set(c.grade, (byGrade.get(c.grade) ?? 0) + c.count);
  return byGrade;
};

const emptyProgress = (): CycleProgress => ({
  total: 0,
  byStatus: Object.fromEntries(appraisalStatuses.map((s) => [s, 0])),
  overdue: 0,
  withoutRater: 0,
});

function addProgress(
  sum: CycleProgress,
  row: { status: string; count: number; overdue: number; withoutRater: number },
) {
  sum.total += row.count;
  sum.byStatus[row.status] = (sum.byStatus[row.status] ?? 0) + row.count;
  sum.overdue += row.overdue;
  sum.withoutRater += row.withoutRater;
  return sum;
}

/** The newest year with decided grades (a cycle under way has few), else the newest cycle's. */
async function latestGraded(tx: Tx, ids: string[], years: number[]): Promise<number> {
  for (const year of years) if (await repo.hasGrades(tx, ids, year)) return year;
  return years[0] ?? new Date().getUTCFullYear();
}

export type AppraisalReportsService = ReturnType<typeof createAppraisalReportsService>;

export function createAppraisalReportsService({
  tenancy,
  translator,
}: {
  tenancy: Tenancy;
  translator: Translator;
}) {
  const label = (actor: Actor, key: 'total' | 'noUnit') =>
    translator.t(actor.locale, `appraisal-reports:${key}`);

  /** The rows a breakdown has, and the row each counted key belongs to (none: no breakdown). */
  async function breakdown(tx: Tx, actor: Actor, frame: ReportFrame, by: DistributionQuery['by']) {
    if (by === 'unit' && frame.organisationId) {
      const { rows, rowOf } = unitRollup(
        await organisationsRepo.listUnits(tx, frame.organisationId),
        actor.locale,
      );
      return { keys: rows, keyOf: rowOf };
    }
    if (by === 'municipality') {
      const collator = new Intl.Collator(actor.locale);
      const keys = frame.organisations
        .map((o): Keyed => ({ key: o.id, label: localName(actor.locale, o) }))
        .sort((x, y) => collator.compare(x.label, y.label));
      return { keys, keyOf: (key: string | null) => key ?? '' };
    }
    return null;
  }

  async function buildDistribution(actor: Actor, query: DistributionQuery): Promise<Distribution> {
    const frame = await tenancy.read(access.scopeOf(actor), (tx) => resolveFrame(tx, actor, query));
    if (query.by === 'unit' && !frame.organisationId) throw invalid('by', 'needs_organisation');
    const ids = frame.organisations.map((o) => o.id);
    return tenancy.read(countingScope(actor, frame), async (tx) => {
      const years = await repo.years(tx, ids);
      const year = query.year ?? (await latestGraded(tx, ids, years));
      const cycle = frame.organisationId ? await repo.cycleOfYear(tx, frame.organisationId, year) : undefined;
      const rules = cycle?.rules ?? packRules(await storedPack(tx, frame.countryCode));
      // Years before the first cycle have nothing to compare with.
      const from = Math.max(year - query.compareYears, Math.min(years.at(-1) ?? year, year));
      const counts = await repo.grades(tx, ids, year, query.by);
      const history = from < year ? await repo.gradesPerYear(tx, ids, from, year - 1) : [];
      const grades = gradesOf(rules, [...counts, ...history]);
      const columns: GradeColumns = {
        grades: grades.map((g) => g.value),
        topGrades: rules?.promotion.grades ?? [],
      };

      const by = await breakdown(tx, actor, frame, query.by);
      const rows: GradeCounts[] = by
        ? grouped(by.keys, counts, (c) => by.keyOf(c.key), label(actor, 'noUnit')).map((g) => ({
            key: g.key,
            label: g.label,
            counts: tally(g.items),
          }))
        : [];
      const total: GradeCounts = { key: 'total', label: label(actor, 'total'), counts: tally(counts) };
      const table = gradeTable(columns, rows, total, frame.exact);
      return {
        scope: frame.scope,
        organisationId: frame.organisationId,
        countryCode: frame.countryCode,
        suppressionThreshold: frame.exact ? null : suppressionThreshold,
        year,
        by: query.by,
        years,
        cycleId: cycle?.id ?? null,
        grades,
        topGrades: [...columns.topGrades],
        ...table,
        compareYears: Array.from({ length: year - from }, (_, i) => {
          const y = from + i;
          return yearTotals(columns, y, tally(history.filter((c) => c.key === String(y))), frame.exact);
        }),
      };
    });
  }

  return {
    /** Grades in force of a year's decided appraisals, per unit or municipality, with earlier years. */
    async distribution(actor: Actor, query: DistributionQuery): Promise<Distribution> {
      access.require(actor, 'reports.read');
      return buildDistribution(actor, query);
    },

    /** The same as a spreadsheet, grades named in the reader's language. */
    async distributionXlsx(actor: Actor, query: DistributionQuery): Promise<Buffer> {
      access.require(actor, 'reports.read');
      return distributionWorkbook(translator, actor.locale, await buildDistribution(actor, query));
    },

    /**
     * Where a municipality's cycle stands, per department. It names units and counts open
     * work, so it is for those who reach the municipality itself, not a national body.
     */
    async completion(actor: Actor, query: CompletionQuery): Promise<Completion> {
      access.require(actor, 'reports.read');
      return tenancy.read(access.scopeOf(actor), async (tx) => {
        const cycle = await repo.findCycle(tx, reachOf(actor, 'reports.read'), query.cycleId);
        if (!cycle) throw notFound('appraisal_cycle');
        const asOf = today();
        const units = unitRollup(await organisationsRepo.listUnits(tx, cycle.organisationId), actor.locale);
        const counts = await repo.progress(tx, cycle.id, asOf);
        const rows = grouped(units.rows, counts, (c) => units.rowOf(c.unitId), label(actor, 'noUnit')).map(
          (g) => ({
            key: g.key,
            label: g.label,
            ...g.items.reduce(addProgress, emptyProgress()),
          }),
        );
        return {
          cycleId: cycle.id,
          organisationId: cycle.organisationId,
          year: cycle.year,
          asOf,
          rows,
          total: counts.reduce(addProgress, emptyProgress()),
        };
      });
    },
  };
}
