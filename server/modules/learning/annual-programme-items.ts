import type {
  AnnualProgrammeItemCreate,
  AnnualProgrammeItemUpdate,
} from '../../../contracts/annual-programmes';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { invalid, notFound } from '../../platform/errors';
import { draftProgramme, programmeDetail } from './annual-programme-records';
import {
  type AnnualItemRow,
  type AnnualProgrammeRow,
  annualProgrammesRepo as repo,
} from './annual-programmes.repo';
import { programmesRepo } from './programmes.repo';

const auditedItem = (i: AnnualItemRow) => ({
  programmeId: i.programmeId,
  title: i.title,
  part: i.part,
  quarter: i.quarter,
  plannedSessions: i.plannedSessions,
  plannedParticipants: i.plannedParticipants,
  budget: i.budget,
  fundingSource: i.fundingSource,
});

type ItemFields = Omit<AnnualProgrammeItemCreate, 'title'> & { title: AnnualProgrammeItemCreate['title'] };

/** The catalogue programme or the item's own title, checked against the annual programme. */
async function checkedItem(tx: Tx, row: AnnualProgrammeRow, input: ItemFields) {
  if (input.part === 'special' && row.kind !== 'special') throw invalid('part', 'part_not_for_owner');
  if (input.programmeId) {
    const programme = await programmesRepo.find(tx, input.programmeId);
    if (!programme || programme.status === 'draft' || programme.countryCode !== row.countryCode)
      throw invalid('programmeId', 'unknown_programme');
    return { ...input, title: null };
  }
  if (!input.title) throw invalid('title', 'required');
  const pack = await storedPack(tx, row.countryCode);
  const nameLatin = latinOf(input.title.name, input.title.nameLatin, pack, 'title.nameLatin');
  return { ...input, title: { ...input.title, nameLatin } };
}

/** The items (planned trainings) of a draft annual programme. */
export function createAnnualProgrammeItems(deps: { tenancy: Tenancy }) {
  const { tenancy } = deps;
  const scope = access.scopeOf;

  return {
    async addItem(actor: Actor, id: string, input: AnnualProgrammeItemCreate) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draftProgramme(tx, actor, id);
        const values = await checkedItem(tx, row, input);
        const [item] = await repo.insertItems(tx, [
          {
            ...values,
            annualProgrammeId: id,
            organisationId: row.organisationId,
            sortOrder: await repo.nextSortOrder(tx, id),
          },
        ]);
        await repo.touch(tx, id);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'annual_programme.item_add',
          entityType: 'annual_programme',
          entityId: id,
          after: item ? auditedItem(item) : null,
        });
      });
      return programmeDetail(tenancy, actor, id);
    },

    async updateItem(actor: Actor, id: string, itemId: string, input: AnnualProgrammeItemUpdate) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draftProgramme(tx, actor, id);
        const before = await repo.item(tx, id, itemId);
        if (!before) throw notFound('annual_programme_item');
        const merged = {
          programmeId: before.programmeId,
          title: before.title,
          part: before.part,
          mode: before.mode,
          targetGroup: before.targetGroup,
          quarter: before.quarter,
          plannedSessions: before.plannedSessions,
          plannedParticipants: before.plannedParticipants,
          budget: Number(before.budget),
          fundingSource: before.fundingSource,
          source: before.source,
          ...input,
        } as ItemFields;
        const after = await repo.updateItem(tx, itemId, await checkedItem(tx, row, merged));
        await repo.touch(tx, id);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'annual_programme.item_update',
          entityType: 'annual_programme',
          entityId: id,
          before: auditedItem(before),
          after: auditedItem(after),
        });
      });
      return programmeDetail(tenancy, actor, id);
    },

    async deleteItem(actor: Actor, id: string, itemId: string) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draftProgramme(tx, actor, id);
        const before = await repo.item(tx, id, itemId);
        if (!before) throw notFound('annual_programme_item');
        await repo.deleteItem(tx, itemId);
        await repo.touch(tx, id);
        await recordAudit(tx, actor, {
          organisationId: row.organisationId,
          action: 'annual_programme.item_delete',
          entityType: 'annual_programme',
          entityId: id,
          before: auditedItem(before),
        });
      });
      return programmeDetail(tenancy, actor, id);
    },
  };
}
