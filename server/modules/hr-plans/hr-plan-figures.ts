import {
  type HrPlan,
  type HrPlanActualFigures,
  type HrPlanActualRow,
  type HrPlanFigures,
  type HrPlanLine,
  hrPlanActualFields,
  hrPlanFigureFields,
} from '../../../contracts/hr-plans';
import { type PeoplePack, type PositionCategory, positionCategories } from '../../../contracts/positions';
import type { HrPlanLineRow, PlanWithAct, TitleCount } from './hr-plans.repo';

type Titled = { category: string; titleCode: string };

const keyOf = (r: Titled) => `${r.category}\u0000${r.titleCode}`;

/** Column sums of `fields` over `rows`. */
function sumOf<F extends string>(rows: ReadonlyArray<Record<F, number>>, fields: readonly F[]) {
  const total = Object.fromEntries(fields.map((f) => [f, 0])) as Record<F, number>;
  for (const r of rows) for (const f of fields) total[f] += r[f];
  return total;
}

export const planTotals = (lines: ReadonlyArray<HrPlanFigures>): HrPlanFigures =>
  sumOf(lines, hrPlanFigureFields);

/** The act's order: senior posts, officials, support staff; within each, the pack's order of titles. */
export function byPackOrder<T extends Titled>(pack: PeoplePack, rows: T[]): T[] {
  const titleIndex = new Map(pack.titles.map((t, i) => [t.code, i]));
  const rank = (r: T) => [
    positionCategories.indexOf(r.category as PositionCategory),
    titleIndex.get(r.titleCode) ?? Number.MAX_SAFE_INTEGER,
  ];
  return [...rows].sort((a, b) => {
    const [ca = 0, ta = 0] = rank(a);
    const [cb = 0, tb = 0] = rank(b);
    return ca - cb || ta - tb || a.titleCode.localeCompare(b.titleCode);
  });
}

/** Fold title counts into one entry per title, creating entries on first sight. */
function tally<T extends Titled>(into: Map<string, T>, counts: TitleCount[], create: (c: TitleCount) => T) {
  for (const c of counts) {
    const key = keyOf(c);
    if (!into.has(key)) into.set(key, create(c));
  }
  return into;
}

export type DraftLine = Titled & Pick<HrPlanFigures, 'positions' | 'currentPermanent' | 'currentFixedTerm'>;

/**
 * One line per title found in the act or among the staff. Trainees hold a contract for a fixed
 * time, so they count with the fixed-term staff; planned figures start at zero.
 */
export function draftLines(jobs: TitleCount[], staff: TitleCount[]): DraftLine[] {
  const blank = (c: TitleCount): DraftLine => ({
    category: c.category,
    titleCode: c.titleCode,
    positions: 0,
    currentPermanent: 0,
    currentFixedTerm: 0,
  });
  const lines = tally(tally(new Map<string, DraftLine>(), jobs, blank), staff, blank);
  for (const j of jobs) (lines.get(keyOf(j)) as DraftLine).positions += j.n;
  for (const s of staff) {
    const line = lines.get(keyOf(s)) as DraftLine;
    if (s.contractType === 'permanent') line.currentPermanent += s.n;
    else line.currentFixedTerm += s.n;
  }
  return [...lines.values()];
}

const hiredField = {
  permanent: 'hiredPermanent',
  fixed_term: 'hiredFixedTerm',
  trainee: 'hiredTrainees',
} as const;

/** Planned against hired per line, plus rows for titles hired or staffed outside the plan. */
export function actualRows(
  lines: HrPlanLine[],
  hires: TitleCount[],
  staff: TitleCount[],
): { items: HrPlanActualRow[]; total: HrPlanActualFigures } {
  const zero = { hiredPermanent: 0, hiredFixedTerm: 0, hiredTrainees: 0, headcount: 0 };
  const rows = new Map<string, HrPlanActualRow>(
    lines.map((l) => [
      keyOf(l),
      {
        lineId: l.id,
        category: l.category,
        titleCode: l.titleCode,
        plannedPermanent: l.plannedPermanent,
        plannedFixedTerm: l.plannedFixedTerm,
        plannedTrainees: l.plannedTrainees,
        ...zero,
      },
    ]),
  );
  const outside = (c: TitleCount): HrPlanActualRow => ({
    lineId: null,
    category: c.category as PositionCategory,
    titleCode: c.titleCode,
    plannedPermanent: 0,
    plannedFixedTerm: 0,
    plannedTrainees: 0,
    ...zero,
  });
  tally(tally(rows, hires, outside), staff, outside);
  for (const h of hires) {
    const field = hiredField[h.contractType as keyof typeof hiredField] ?? 'hiredPermanent';
    (rows.get(keyOf(h)) as HrPlanActualRow)[field] += h.n;
  }
  for (const s of staff) (rows.get(keyOf(s)) as HrPlanActualRow).headcount += s.n;
  const items = [...rows.values()];
  return { items, total: sumOf(items, hrPlanActualFields) };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toLine = (row: HrPlanLineRow): HrPlanLine => ({
  id: row.id,
  planId: row.planId,
  orgUnitId: row.orgUnitId,
  category: row.category as PositionCategory,
  titleCode: row.titleCode,
  positions: row.positions,
  currentPermanent: row.currentPermanent,
  currentFixedTerm: row.currentFixedTerm,
  plannedPermanent: row.plannedPermanent,
  plannedFixedTerm: row.plannedFixedTerm,
  plannedTrainees: row.plannedTrainees,
  note: row.note,
});

export const toPlan = ({ row, actNumber }: PlanWithAct, lines: ReadonlyArray<HrPlanFigures>): HrPlan => ({
  id: row.id,
  organisationId: row.organisationId,
  year: row.year,
  systematisationId: row.systematisationId,
  systematisationNumber: actNumber,
  status: row.status as HrPlan['status'],
  actNumber: row.actNumber,
  notes: row.notes,
  totals: planTotals(lines),
  adoptedAt: iso(row.adoptedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});
