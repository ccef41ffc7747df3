import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type {
  Appraisal,
  AppraisalAction,
  AppraisalCompetency,
  AppraisalCycle,
  AppraisalGoal,
  AppraisalStatus,
  AppraisalSummary,
  CycleProgress,
} from '../../../contracts/appraisals';
import type { CompetencyGroup } from '../../../contracts/competencies';
import type { PositionCategory } from '../../../contracts/positions';
import { employeeNames } from '../people/person-names';
import type {
  AppraisalCompetencyRow,
  AppraisalListRow,
  AppraisalRow,
  CycleRow,
  GoalRow,
} from './appraisals.repo';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toCycle(row: CycleRow, progress: CycleProgress): AppraisalCycle {
  return {
    id: row.id,
    organisationId: row.organisationId,
    year: row.year,
    status: row.status as AppraisalCycle['status'],
    goalsDue: row.goalsDue,
    interimDue: row.interimDue,
    finalDue: row.finalDue,
    rules: row.rules,
    progress,
    openedAt: row.openedAt.toISOString(),
    closedAt: iso(row.closedAt),
  };
}

type ProgressRow = { cycleId: string; status: string; count: number; overdue: number; withoutRater: number };

export function progressOf(rows: ProgressRow[], cycleId: string): CycleProgress {
  const mine = rows.filter((r) => r.cycleId === cycleId);
  const sum = (f: (r: ProgressRow) => number) => mine.reduce((n, r) => n + f(r), 0);
  return {
    total: sum((r) => r.count),
    byStatus: Object.fromEntries(mine.map((r) => [r.status, r.count])),
    overdue: sum((r) => r.overdue),
    withoutRater: sum((r) => r.withoutRater),
  };
}

type Named = Pick<
  AppraisalListRow,
  | 'givenName'
  | 'familyName'
  | 'givenNameLatin'
  | 'familyNameLatin'
  | 'positionName'
  | 'positionNameLatin'
  | 'raterName'
> & { row: AppraisalRow };

export function toSummary({ row, ...p }: Named): AppraisalSummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    cycleId: row.cycleId,
    year: row.year,
    kind: row.kind as AppraisalSummary['kind'],
    employeeId: row.employeeId,
    ...employeeNames(p),
    orgUnitId: row.orgUnitId,
    positionName: p.positionName,
    positionNameLatin: p.positionNameLatin,
    category: row.category as PositionCategory | null,
    titleCode: row.titleCode,
    group: row.group as CompetencyGroup,
    raterUserId: row.raterUserId,
    raterName: p.raterName,
    status: row.status as AppraisalStatus,
    dueOn: row.dueOn,
    score: row.score,
    grade: row.grade,
    registerNumber: row.registerNumber,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toGoal = (g: GoalRow): AppraisalGoal => ({
  id: g.id,
  description: g.description,
  measure: g.measure,
  weight: g.weight,
  dueOn: g.dueOn,
  interimNote: g.interimNote,
  rating: g.rating,
  comment: g.comment,
});

const toCompetency = (c: AppraisalCompetencyRow): AppraisalCompetency => ({
  id: c.id,
  competencyId: c.competencyId,
  code: c.code,
  kind: c.kind as AppraisalCompetency['kind'],
  name: c.name,
  nameLatin: c.nameLatin,
  nameEn: c.nameEn,
  requiredLevel: c.requiredLevel,
  rating: c.rating,
  comment: c.comment,
});

export function toAppraisal(
  found: Named,
  goals: GoalRow[],
  competencies: AppraisalCompetencyRow[],
  rules: AppraisalRules,
  actions: AppraisalAction[],
): Appraisal {
  const { row } = found;
  return {
    ...toSummary(found),
    goals: goals.map(toGoal),
    competencies: competencies.map(toCompetency),
    goalsProposedAt: iso(row.goalsProposedAt),
    goalsAcknowledgedAt: iso(row.goalsAcknowledgedAt),
    interimAt: iso(row.interimAt),
    interimComment: row.interimComment,
    officialInterimComment: row.officialInterimComment,
    raterComment: row.raterComment,
    officialComment: row.officialComment,
    trainingNeeds: row.trainingNeeds,
    ratedGrade: row.ratedGrade,
    ratedAt: iso(row.ratedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    finalisedAt: iso(row.finalisedAt),
    decisionDate: row.decisionDate,
    appealDeadline: row.appealDeadline,
    appeal: row.appealedAt
      ? {
          reason: row.appealReason ?? '',
          filedAt: row.appealedAt.toISOString(),
          outcome: row.appealOutcome as 'upheld' | 'grade_changed' | null,
          grade: row.appealGrade,
          note: row.appealNote,
          decidedAt: iso(row.appealDecidedAt),
        }
      : null,
    extraordinaryOf: row.extraordinaryOf,
    actions,
    rules,
    createdAt: row.createdAt.toISOString(),
  };
}
