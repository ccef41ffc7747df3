import type { AnnualProgramme, AnnualProgrammeItem, Execution } from '../../../contracts/annual-programmes';
import type { LocalText } from '../../../contracts/competencies';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { scopeOf } from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import {
  type AnnualItemView,
  type AnnualProgrammeRow,
  annualProgrammesRepo as repo,
  type Visibility,
} from './annual-programmes.repo';
import type { OrganisationFacts } from './learning-organisations';

/**
 * What the actor may read: its own organisations' programmes, a national admin's country's
 * municipal programmes, and (in the repository) every adopted general programme.
 */
export function visibilityOf(actor: Actor): Visibility {
  const reach = reachOf(actor, 'learning.read');
  const scope = scopeOf(actor);
  return { all: reach.all || scope.all, orgIds: reach.orgIds, countries: [...scope.countries] };
}

const untitled: LocalText = { name: '', nameLatin: '', nameEn: '' };

export const itemTitle = (v: AnnualItemView): LocalText =>
  (v.item.programmeId ? v.catalogueTitle : v.item.title) ?? v.item.title ?? untitled;

export function presentItem(v: AnnualItemView): AnnualProgrammeItem {
  const { item } = v;
  return {
    id: item.id,
    programmeId: item.programmeId,
    programmeCode: v.code,
    title: itemTitle(v),
    part: item.part as AnnualProgrammeItem['part'],
    topicArea: v.topicArea,
    mode: item.mode as AnnualProgrammeItem['mode'],
    targetGroup: item.targetGroup as AnnualProgrammeItem['targetGroup'],
    quarter: item.quarter,
    plannedSessions: item.plannedSessions,
    plannedParticipants: item.plannedParticipants,
    budget: Number(item.budget),
    fundingSource: item.fundingSource,
    source: item.source as AnnualProgrammeItem['source'],
    sortOrder: item.sortOrder,
  };
}

export type Totals = AnnualProgramme['totals'];
export const noTotals: Totals = { sessions: 0, participants: 0, budget: 0 };

export const totalsOf = (items: AnnualProgrammeItem[]): Totals =>
  items.reduce(
    (t, i) => ({
      sessions: t.sessions + i.plannedSessions,
      participants: t.participants + i.plannedParticipants,
      budget: Math.round((t.budget + i.budget) * 100) / 100,
    }),
    noTotals,
  );

export function presentHead(row: AnnualProgrammeRow, org: OrganisationFacts, totals: Totals) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: org.name,
    organisationNameLatin: org.nameLatin,
    countryCode: row.countryCode,
    year: row.year,
    kind: row.kind as AnnualProgramme['kind'],
    title: row.title,
    status: row.status as AnnualProgramme['status'],
    sentForOpinionOn: row.sentForOpinionOn,
    opinion: row.opinion,
    opinionOn: row.opinionOn,
    adoptedOn: row.adoptedOn,
    adoptionAct: row.adoptionAct,
    totals,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Planned against delivered. Delivered sessions are the organisation's own completed sessions of
 * the catalogue programme that year; trained people are, for a special programme, the
 * municipality's participants whoever organised, and for a general one everybody the body trained.
 * Items naming no catalogue programme cannot be matched to sessions and show zero.
 */
export async function executionOf(
  tx: Tx,
  row: AnnualProgrammeRow,
  items: AnnualProgrammeItem[],
): Promise<Execution> {
  const ids = [...new Set(items.flatMap((i) => (i.programmeId ? [i.programmeId] : [])))];
  const count = (rows: Array<{ programmeId: string; n: number }>) =>
    new Map(rows.map((r) => [r.programmeId, Number(r.n)]));
  const side =
    row.kind === 'special' ? { organisationId: row.organisationId } : { organiserId: row.organisationId };
  const [sessions, trained] = ids.length
    ? [
        count(await repo.deliveredSessions(tx, row.organisationId, row.year, ids)),
        count(await repo.trained(tx, side, row.year, ids)),
      ]
    : [new Map<string, number>(), new Map<string, number>()];
  return {
    annualProgrammeId: row.id,
    year: row.year,
    rows: items.map((i) => ({
      itemId: i.id,
      title: i.title,
      plannedSessions: i.plannedSessions,
      deliveredSessions: (i.programmeId && sessions.get(i.programmeId)) || 0,
      plannedParticipants: i.plannedParticipants,
      trained: (i.programmeId && trained.get(i.programmeId)) || 0,
      budget: i.budget,
    })),
  };
}
