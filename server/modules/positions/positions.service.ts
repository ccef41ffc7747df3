import type { RequiredCompetency } from '../../../contracts/competencies';
import type {
  Position,
  PositionCreate,
  PositionListQuery,
  PositionUpdate,
  StaffingReport,
  Systematisation,
  SystematisationAdopt,
  SystematisationCreate,
  SystematisationUpdate,
} from '../../../contracts/positions';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { competenciesRepo } from '../competencies/competencies.repo';
import { organisationsRepo } from '../organisations/organisations.repo';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { peopleRepo } from '../people/people.repo';
import { type PositionRow, positionsRepo as repo, type SystematisationRow } from './positions.repo';

type Permission = 'positions.read' | 'positions.manage';
type Counted = { row: SystematisationRow; positions: number; executors: number };

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toSystematisation({ row, positions, executors }: Counted): Systematisation {
  return {
    ...row,
    status: row.status as Systematisation['status'],
    positions,
    executors,
    adoptedAt: iso(row.adoptedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPosition(row: PositionRow, occupied: number): Position {
  return {
    id: row.id,
    organisationId: row.organisationId,
    systematisationId: row.systematisationId,
    orgUnitId: row.orgUnitId,
    code: row.code,
    name: row.name,
    nameLatin: row.nameLatin,
    category: row.category as Position['category'],
    titleCode: row.titleCode,
    executors: row.executors,
    occupied,
    description: row.description,
    requiredEducation: row.requiredEducation as Position['requiredEducation'],
    requiredCompetencies: row.requiredCompetencies,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const positionSearch = (p: { name: string; nameLatin: string; code: string | null }) =>
  foldForSearch([p.name, p.nameLatin, p.code ?? ''].join(' '));

/** A title must be one of the pack's, and of the position's category. */
function checkTitle(pack: StoredPack, titleCode: string, category: string) {
  const title = pack.people.titles.find((t) => t.code === titleCode);
  if (!title) throw invalid('titleCode', 'unknown_title');
  if (title.category !== category) throw invalid('titleCode', 'title_category_mismatch');
}

const day = (iso: string, delta: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + delta);
  return d.toISOString().slice(0, 10);
};

export type PositionsService = ReturnType<typeof createPositionsService>;

export function createPositionsService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;

  async function loadVersion(tx: Tx, actor: Actor, id: string, permission: Permission) {
    const found = await repo.findVersion(tx, reachOf(actor, permission), id);
    if (!found) throw notFound('systematisation');
    const org = await reachableOrganisation(tx, actor, found.row.organisationId, permission);
    return { ...found, org };
  }

  async function loadDraft(tx: Tx, actor: Actor, id: string) {
    const found = await loadVersion(tx, actor, id, 'positions.manage');
    if (found.row.status !== 'draft') throw conflict('systematisation_not_draft');
    return found;
  }

  /** A position of a draft the actor may edit. */
  async function loadEditablePosition(tx: Tx, actor: Actor, id: string) {
    const found = await repo.findPosition(tx, reachOf(actor, 'positions.manage'), id);
    if (!found) throw notFound('position');
    const org = await reachableOrganisation(tx, actor, found.row.organisationId, 'positions.manage');
    if (found.status !== 'draft') throw conflict('systematisation_not_draft');
    return { ...found, org };
  }

  async function checkUnit(tx: Tx, actor: Actor, organisationId: string, unitId: string) {
    const unit = await organisationsRepo.findUnit(tx, reachOf(actor, 'positions.manage'), unitId);
    if (!unit || unit.unit.organisationId !== organisationId) throw invalid('orgUnitId', 'unknown_org_unit');
  }

  /** A job may require the country's competencies and its own municipality's, nobody else's. */
  async function checkCompetencies(
    tx: Tx,
    org: { id: string; countryCode: string },
    required: RequiredCompetency[],
  ) {
    if (!required.length) return;
    const known = new Set((await competenciesRepo.list(tx, org.countryCode, org.id, true)).map((c) => c.id));
    required.forEach((r, i) => {
      if (!known.has(r.competencyId))
        throw invalid(`requiredCompetencies.${i}.competencyId`, 'unknown_competency');
    });
  }

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

  return {
    async listSystematisations(actor: Actor, organisationId: string) {
      access.require(actor, 'positions.read');
      return tenancy.read(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, organisationId, 'positions.read');
        return { items: (await repo.listVersions(tx, organisationId)).map(toSystematisation) };
      });
    },

    async getSystematisation(actor: Actor, id: string): Promise<Systematisation> {
      access.require(actor, 'positions.read');
      return tenancy.read(scope(actor), async (tx) =>
        toSystematisation(await loadVersion(tx, actor, id, 'positions.read')),
      );
    },

    async createSystematisation(actor: Actor, input: SystematisationCreate): Promise<Systematisation> {
      access.require(actor, 'positions.manage');
      return tenancy.run(scope(actor), async (tx) => {
        await reachableOrganisation(tx, actor, input.organisationId, 'positions.manage');
        const { copyFrom, ...values } = input;
        const row = await repo.insertVersion(tx, values);
        if (copyFrom) {
          const source = await repo.findVersion(tx, reachOf(actor, 'positions.manage'), copyFrom);
          if (!source || source.row.organisationId !== input.organisationId)
            throw invalid('copyFrom', 'unknown_systematisation');
          await repo.copyPositions(tx, copyFrom, row.id);
        }
        const out = toSystematisation(await loadVersion(tx, actor, row.id, 'positions.manage'));
        await audit(tx, actor, row.organisationId, 'systematisation.create', row.id, { after: out });
        return out;
      });
    },

    async updateSystematisation(actor: Actor, id: string, patch: SystematisationUpdate) {
      access.require(actor, 'positions.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const before = await loadDraft(tx, actor, id);
        await repo.updateVersion(tx, id, patch);
        const after = toSystematisation(await loadVersion(tx, actor, id, 'positions.manage'));
        await audit(tx, actor, before.org.id, 'systematisation.update', id, {
          before: toSystematisation(before),
          after,
        });
        return after;
      });
    },

    async deleteSystematisation(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'positions.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const before = await loadDraft(tx, actor, id);
        await repo.deleteVersion(tx, id);
        await audit(tx, actor, before.org.id, 'systematisation.delete', id, {
          before: toSystematisation(before),
        });
      });
    },

    /**
     * The draft comes into force: the act in force becomes superseded (and stays readable), and
     * the people on positions the draft copied move to the copies by a reassignment record.
     */
    async adopt(actor: Actor, id: string, input: SystematisationAdopt): Promise<Systematisation> {
      access.require(actor, 'positions.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const draft = await loadDraft(tx, actor, id);
        if (draft.positions === 0) throw conflict('systematisation_empty');
        if (input.validFrom < input.actDate) throw invalid('validFrom', 'before_act_date');
        await repo.supersede(tx, draft.org.id);
        await repo.updateVersion(tx, id, { ...input, status: 'adopted', adoptedAt: new Date() });
        const moved = await peopleRepo.reassignToCopies(tx, {
          versionId: id,
          startsOn: input.validFrom,
          endsOn: day(input.validFrom, -1),
          actNumber: draft.row.number,
          actDate: input.actDate,
        });
        const after = toSystematisation(await loadVersion(tx, actor, id, 'positions.manage'));
        await audit(tx, actor, draft.org.id, 'systematisation.adopt', id, { after: { ...after, moved } });
        return after;
      });
    },

    async staffing(actor: Actor, id: string): Promise<StaffingReport> {
      access.require(actor, 'positions.read');
      return tenancy.read(scope(actor), async (tx) => {
        const version = await loadVersion(tx, actor, id, 'positions.read');
        const items = await repo.staffing(tx, id);
        const total = { positions: 0, executors: 0, occupied: 0 };
        for (const r of items) {
          total.positions += r.positions;
          total.executors += r.executors;
          total.occupied += r.occupied;
        }
        const onSupersededPositions =
          version.row.status === 'adopted' ? await repo.onOtherVersions(tx, version.org.id, id) : 0;
        return { items, total, onSupersededPositions };
      });
    },

    async listPositions(actor: Actor, query: PositionListQuery) {
      access.require(actor, 'positions.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        await loadVersion(tx, actor, query.systematisationId, 'positions.read');
        const rows = await repo.listPositions(tx, query, after);
        const page = pageOf(rows, query.limit, (r) => [(r.row.code ?? '').padStart(12, '0'), r.row.id]);
        return { items: page.items.map((r) => toPosition(r.row, r.occupied)), nextCursor: page.nextCursor };
      });
    },

    async getPosition(actor: Actor, id: string): Promise<Position> {
      access.require(actor, 'positions.read');
      return tenancy.read(scope(actor), async (tx) => {
        const found = await repo.findPosition(tx, reachOf(actor, 'positions.read'), id);
        if (!found) throw notFound('position');
        return toPosition(found.row, found.occupied);
      });
    },

    async createPosition(actor: Actor, input: PositionCreate): Promise<Position> {
      access.require(actor, 'positions.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { org } = await loadDraft(tx, actor, input.systematisationId);
        const pack = await storedPack(tx, org.countryCode);
        checkTitle(pack, input.titleCode, input.category);
        await checkUnit(tx, actor, org.id, input.orgUnitId);
        await checkCompetencies(tx, org, input.requiredCompetencies);
        const values = { ...input, nameLatin: latinOf(input.name, input.nameLatin, pack, 'nameLatin') };
        const row = await repo.insertPosition(tx, {
          ...values,
          organisationId: org.id,
          search: positionSearch(values),
        });
        const out = toPosition(row, 0);
        await audit(tx, actor, org.id, 'position.create', row.id, { after: out });
        return out;
      });
    },

    async updatePosition(actor: Actor, id: string, patch: PositionUpdate): Promise<Position> {
      access.require(actor, 'positions.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { row: before, org } = await loadEditablePosition(tx, actor, id);
        const pack = await storedPack(tx, org.countryCode);
        if (patch.name && !patch.nameLatin)
          patch = { ...patch, nameLatin: latinOf(patch.name, undefined, pack, 'nameLatin') };
        const merged = { ...before, ...patch };
        if (patch.titleCode || patch.category) checkTitle(pack, merged.titleCode, merged.category);
        if (patch.orgUnitId) await checkUnit(tx, actor, org.id, patch.orgUnitId);
        if (patch.requiredCompetencies) await checkCompetencies(tx, org, patch.requiredCompetencies);
        const row = await repo.updatePosition(tx, id, { ...patch, search: positionSearch(merged) });
        const out = toPosition(row, 0);
        await audit(tx, actor, org.id, 'position.update', id, { before: toPosition(before, 0), after: out });
        return out;
      });
    },

    async deletePosition(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'positions.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const { row, org } = await loadEditablePosition(tx, actor, id);
        await repo.deletePosition(tx, id);
        await audit(tx, actor, org.id, 'position.delete', id, { before: toPosition(row, 0) });
      });
    },
  };
}
