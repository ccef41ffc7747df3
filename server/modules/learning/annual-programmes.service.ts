import type {
  AnnualProgramme,
  AnnualProgrammeCreate,
  AnnualProgrammeItemCreate,
  AnnualProgrammeItemUpdate,
  AnnualProgrammeListQuery,
} from '../../../contracts/annual-programmes';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { latinOf, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { type DocumentFormat, executionDocument, registerDocument } from './annual-programme-documents';
import {
  executionOf,
  noTotals,
  presentHead,
  presentItem,
  totalsOf,
  visibilityOf,
} from './annual-programme-view';
import {
  type AnnualItemRow,
  type AnnualProgrammeRow,
  annualProgrammesRepo as repo,
} from './annual-programmes.repo';
import { factsOf, managedOrganisation, organisationFacts } from './learning-organisations';
import { programmesRepo } from './programmes.repo';

type Step = 'send_for_opinion' | 'record_opinion' | 'adopt' | 'reopen';
type Status = AnnualProgramme['status'];

/** From which states each step may be taken; anything else is a conflict. */
const from: Record<Step, readonly Status[]> = {
  send_for_opinion: ['draft'],
  record_opinion: ['opinion'],
  adopt: ['opinion'],
  reopen: ['opinion', 'adopted'],
};

const audited = (r: AnnualProgrammeRow) => ({
  title: r.title,
  status: r.status,
  sentForOpinionOn: r.sentForOpinionOn,
  opinion: r.opinion,
  opinionOn: r.opinionOn,
  adoptedOn: r.adoptedOn,
  adoptionAct: r.adoptionAct,
});

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

export type AnnualProgrammesService = ReturnType<typeof createAnnualProgrammesService>;

export function createAnnualProgrammesService(deps: { tenancy: Tenancy; translator: Translator }) {
  const { tenancy } = deps;
  const scope = access.scopeOf;
  const docContext = (actor: Actor) => ({ t: deps.translator, locale: actor.locale });

  /** A visible programme (404 otherwise), for reading. */
  async function visible(tx: Tx, actor: Actor, id: string, lock = false) {
    const row = await repo.find(tx, visibilityOf(actor), id, lock);
    if (!row) throw notFound('annual_programme');
    return row;
  }

  /** A visible programme the actor manages (403 when only readable), locked for the change. */
  async function managed(tx: Tx, actor: Actor, id: string) {
    const row = await visible(tx, actor, id);
    await managedOrganisation(tx, actor, row.organisationId);
    // Locking needs the write policy too, so only the organisation's own managers get this far.
    return visible(tx, actor, id, true);
  }

  async function draft(tx: Tx, actor: Actor, id: string) {
    const row = await managed(tx, actor, id);
    if (row.status !== 'draft') throw conflict('programme_locked', { status: row.status });
    return row;
  }

  /** The programme as answered, with its row and its items' catalogue facts for the documents. */
  async function load(actor: Actor, id: string) {
    const { row, views } = await tenancy.read(scope(actor), async (tx) => ({
      row: await visible(tx, actor, id),
      views: await repo.items(tx, id),
    }));
    const items = views.map(presentItem);
    const facts = await organisationFacts(tenancy, [row.organisationId]);
    const org = factsOf(facts, row.organisationId);
    const programme: AnnualProgramme = { ...presentHead(row, org, totalsOf(items)), items };
    return { row, views, programme };
  }
  const detail = async (actor: Actor, id: string) => (await load(actor, id)).programme;

  /** Counts only, so they are read past row-level security once the programme itself is visible. */
  async function execution(actor: Actor, id: string) {
    const loaded = await load(actor, id);
    const figures = await tenancy.read(systemScope, (tx) =>
      executionOf(tx, loaded.row, loaded.programme.items),
    );
    return { ...loaded, execution: figures };
  }

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

  async function step(
    actor: Actor,
    id: string,
    name: Step,
    change: (row: AnnualProgrammeRow) => Partial<AnnualProgrammeRow>,
  ) {
    await tenancy.run(scope(actor), async (tx) => {
      const before = await managed(tx, actor, id);
      if (!from[name].includes(before.status as Status))
        throw conflict('annual_programme_step', { status: before.status });
      const after = await repo.update(tx, id, change(before));
      await recordAudit(tx, actor, {
        organisationId: after.organisationId,
        action: `annual_programme.${name}`,
        entityType: 'annual_programme',
        entityId: id,
        before: audited(before),
        after: audited(after),
      });
    });
    return detail(actor, id);
  }

  return {
    async list(actor: Actor, query: AnnualProgrammeListQuery) {
      access.require(actor, 'learning.read');
      const { rows, totals } = await tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, visibilityOf(actor), query);
        const totals = await repo.totals(
          tx,
          rows.map((r) => r.id),
        );
        return { rows, totals: new Map(totals.map(({ id, ...t }) => [id, t])) };
      });
      const facts = await organisationFacts(
        tenancy,
        rows.map((r) => r.organisationId),
      );
      return {
        items: rows.map((r) =>
          presentHead(r, factsOf(facts, r.organisationId), totals.get(r.id) ?? noTotals),
        ),
      };
    },

    async get(actor: Actor, id: string) {
      access.require(actor, 'learning.read');
      return detail(actor, id);
    },

    /** A national body draws up the general programme, a municipality its special one. */
    async create(actor: Actor, input: AnnualProgrammeCreate) {
      access.require(actor, 'learning.manage');
      const id = await tenancy.run(scope(actor), async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'learning.manage');
        const source = input.copyFromId ? await repo.find(tx, visibilityOf(actor), input.copyFromId) : null;
        if (input.copyFromId && source?.organisationId !== org.id)
          throw invalid('copyFromId', 'unknown_programme');
        const row = await repo.insert(tx, {
          organisationId: org.id,
          countryCode: org.countryCode,
          year: input.year,
          kind: org.kind === 'national_body' ? 'general' : 'special',
          title: input.title,
        });
        if (!row) throw conflict('annual_programme_exists', { year: input.year });
        if (source) {
          const items = await repo.items(tx, source.id);
          await repo.insertItems(
            tx,
            items.map(({ item: { id: _id, annualProgrammeId: _p, ...rest } }) => ({
              ...rest,
              annualProgrammeId: row.id,
            })),
          );
        }
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'annual_programme.create',
          entityType: 'annual_programme',
          entityId: row.id,
          after: { ...audited(row), year: row.year, kind: row.kind, copyFromId: input.copyFromId },
        });
        return row.id;
      });
      return detail(actor, id);
    },

    async update(actor: Actor, id: string, input: { title?: string | undefined }) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const before = await draft(tx, actor, id);
        if (input.title === undefined) return;
        const after = await repo.update(tx, id, { title: input.title });
        await recordAudit(tx, actor, {
          organisationId: after.organisationId,
          action: 'annual_programme.update',
          entityType: 'annual_programme',
          entityId: id,
          before: audited(before),
          after: audited(after),
        });
      });
      return detail(actor, id);
    },

    async delete(actor: Actor, id: string) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const before = await draft(tx, actor, id);
        await repo.delete(tx, id);
        await recordAudit(tx, actor, {
          organisationId: before.organisationId,
          action: 'annual_programme.delete',
          entityType: 'annual_programme',
          entityId: id,
          before: { ...audited(before), year: before.year },
        });
      });
    },

    async addItem(actor: Actor, id: string, input: AnnualProgrammeItemCreate) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draft(tx, actor, id);
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
      return detail(actor, id);
    },

    async updateItem(actor: Actor, id: string, itemId: string, input: AnnualProgrammeItemUpdate) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draft(tx, actor, id);
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
      return detail(actor, id);
    },

    async deleteItem(actor: Actor, id: string, itemId: string) {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const row = await draft(tx, actor, id);
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
      return detail(actor, id);
    },

    async sendForOpinion(actor: Actor, id: string, on: string) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'send_for_opinion', () => ({ status: 'opinion', sentForOpinionOn: on }));
    },

    /**
     * The council answers the organisation, which records the opinion it received (only the
     * organisation may write its programme: row-level security says so too). It may be corrected
     * until the programme is adopted.
     */
    async recordOpinion(actor: Actor, id: string, input: { opinion: string; on: string }) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'record_opinion', (row) => {
        if (row.sentForOpinionOn && input.on < row.sentForOpinionOn) throw invalid('on', 'before_sent');
        return { opinion: input.opinion, opinionOn: input.on };
      });
    },

    async adopt(actor: Actor, id: string, input: { on: string; act: string }) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'adopt', (row) => {
        if (!row.opinionOn) throw conflict('annual_programme_no_opinion');
        if (input.on < row.opinionOn) throw invalid('on', 'before_opinion');
        return { status: 'adopted', adoptedOn: input.on, adoptionAct: input.act };
      });
    },

    /** Back to draft for amendment (which needs a new opinion and adoption), while the year lasts. */
    async reopen(actor: Actor, id: string, today = new Date().toISOString().slice(0, 10)) {
      access.require(actor, 'learning.manage');
      return step(actor, id, 'reopen', (row) => {
        if (today > `${row.year}-12-31`) throw conflict('annual_programme_year_over', { year: row.year });
        return {
          status: 'draft',
          sentForOpinionOn: null,
          opinion: null,
          opinionOn: null,
          adoptedOn: null,
          adoptionAct: null,
        };
      });
    },

    async execution(actor: Actor, id: string) {
      access.require(actor, 'learning.read');
      return (await execution(actor, id)).execution;
    },

    async registerExport(actor: Actor, id: string, format: DocumentFormat) {
      access.require(actor, 'learning.read');
      const { programme, views } = await load(actor, id);
      return registerDocument({ programme, views }, docContext(actor), format);
    },

    async executionReport(actor: Actor, id: string, format: DocumentFormat) {
      access.require(actor, 'learning.read');
      const { programme, execution: figures } = await execution(actor, id);
      return executionDocument(programme, figures, docContext(actor), format);
    },
  };
}
