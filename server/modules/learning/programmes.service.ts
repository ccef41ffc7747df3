import type {
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammeMaterial,
  ProgrammeStatus,
  ProgrammeUpdate,
  TopicArea,
} from '../../../contracts/learning-catalogue';
import type { Tx } from '../../db/client';
import { type DbScope, systemScope, type Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { organisationsRepo } from '../organisations/organisations.repo';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { factsOf, managedOrganisation, organisationFacts } from './learning-organisations';
import {
  type MaterialRow,
  type ProgrammeFilter,
  type ProgrammeRow,
  programmesRepo as repo,
} from './programmes.repo';

export const toMaterial = (m: MaterialRow): ProgrammeMaterial => ({
  id: m.id,
  title: m.title,
  fileName: m.fileName,
  contentType: m.contentType,
  size: m.size,
  createdAt: m.createdAt.toISOString(),
});

/** What the audit log keeps of a programme: its fields, without the derived search text. */
const audited = ({ search: _search, createdAt: _created, ...rest }: ProgrammeRow) => rest;

const searchOf = (p: Pick<ProgrammeRow, 'code' | 'title'>) =>
  foldForSearch([p.code, p.title.name, p.title.nameLatin, p.title.nameEn].join(' '));

type Owner = { id: string; kind: string; countryCode: string };
type Checked = Pick<
  ProgrammeRow,
  'topicArea' | 'part' | 'competencyIds' | 'registerNumber' | 'accreditation'
>;

/** The rules an entry must meet, checked on the values it will have once written. */
async function checkFields(tx: Tx, pack: StoredPack, owner: Owner, p: Checked) {
  // A municipality's catalogue is its special programme; the general programme is national.
  if ((p.part === 'special') !== (owner.kind !== 'national_body'))
    throw invalid('part', 'part_not_for_owner');
  if (!pack.learning.topicAreas.some((a) => a.code === p.topicArea))
    throw invalid('topicArea', 'unknown_topic_area');
  const known = await repo.knownCompetencies(tx, p.competencyIds, owner.countryCode, owner.id);
  p.competencyIds.forEach((id, i) => {
    if (!known.has(id)) throw invalid(`competencyIds.${i}`, 'unknown_competency');
  });
  if (p.accreditation === 'accredited' && !p.registerNumber) throw invalid('registerNumber', 'required');
}

const moves: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  draft: ['published'],
  published: ['withdrawn', 'draft'],
  withdrawn: ['published', 'draft'],
};

function checkMove(before: ProgrammeRow, to: ProgrammeStatus, hasSessions: boolean) {
  const from = before.status as ProgrammeStatus;
  if (from === to) return;
  if (!moves[from].includes(to)) throw conflict('programme_status_change', { from, to });
  // Its sessions would point to an entry nobody but the owner may read.
  if (to === 'draft' && hasSessions) throw conflict('programme_has_sessions');
}

type TitleInput = ProgrammeCreate['title'];
const withLatin = (pack: StoredPack, t: TitleInput) => ({
  ...t,
  nameLatin: latinOf(t.name, t.nameLatin, pack, 'title.nameLatin'),
});

export type ProgrammesService = ReturnType<typeof createProgrammesService>;

export function createProgrammesService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;

  /** Rows with their materials and their owner's names, as the contract shows them. */
  async function present(tx: Tx, rows: ProgrammeRow[], materials: MaterialRow[]): Promise<Programme[]> {
    const owners = await organisationFacts(
      tx,
      rows.map((r) => r.ownerId),
    );
    return rows.map((row) => {
      const owner = factsOf(owners, row.ownerId);
      return {
        id: row.id,
        ownerId: row.ownerId,
        ownerName: owner.name,
        ownerNameLatin: owner.nameLatin,
        countryCode: row.countryCode,
        code: row.code,
        title: row.title,
        summary: row.summary,
        summaryLatin: row.summaryLatin,
        topicArea: row.topicArea,
        part: row.part as Programme['part'],
        competencyIds: row.competencyIds,
        targetGroups: row.targetGroups as Programme['targetGroups'],
        deliveryModes: row.deliveryModes as Programme['deliveryModes'],
        durationHours: row.durationHours,
        durationDays: row.durationDays,
        accreditation: row.accreditation as Programme['accreditation'],
        registerNumber: row.registerNumber,
        accreditedUntil: row.accreditedUntil,
        issuesCertificate: row.issuesCertificate,
        completionPercent: row.completionPercent,
        status: row.status as ProgrammeStatus,
        materials: materials.filter((m) => m.programmeId === row.id).map(toMaterial),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }

  async function listIn(dbScope: DbScope, filter: ProgrammeFilter, cursor: string | undefined) {
    const after = decodeCursor(cursor, 2) as [string, string] | null;
    return tenancy.read(dbScope, async (tx) => {
      const page = pageOf(await repo.list(tx, filter, after), filter.limit, (r) => [r.code, r.id]);
      const materials = await repo.materialsOf(
        tx,
        page.items.map((r) => r.id),
      );
      return { items: await present(tx, page.items, materials), nextCursor: page.nextCursor };
    });
  }

  async function getIn(dbScope: DbScope, id: string, publishedOnly: boolean): Promise<Programme> {
    return tenancy.read(dbScope, async (tx) => {
      const row = await repo.find(tx, id);
      if (!row || (publishedOnly && row.status !== 'published')) throw notFound('programme');
      return (await present(tx, [row], await repo.materialsOf(tx, [id])))[0] as Programme;
    });
  }

  return {
    /** What row-level security lets the actor see: every entry once announced, and own drafts. */
    async list(actor: Actor, query: ProgrammeListQuery) {
      access.require(actor, 'learning.read');
      return listIn(scope(actor), query, query.cursor);
    },

    async get(actor: Actor, id: string): Promise<Programme> {
      access.require(actor, 'learning.read');
      return getIn(scope(actor), id, false);
    },

    /** The public catalogue: published entries only, for anyone. */
    async publicList(query: Omit<ProgrammeListQuery, 'status'>) {
      return listIn(systemScope, { ...query, published: true }, query.cursor);
    },

    async publicGet(id: string): Promise<Programme> {
      return getIn(systemScope, id, true);
    },

    /** A country's thematic areas (pack `learning.topicAreas`), for anyone. */
    async topicAreas(countryCode: string): Promise<{ items: TopicArea[] }> {
      const country = await tenancy.read(systemScope, (tx) => organisationsRepo.findCountry(tx, countryCode));
      if (!country) throw notFound('country');
      return { items: (country.pack as StoredPack).learning.topicAreas };
    },

    async create(actor: Actor, input: ProgrammeCreate): Promise<Programme> {
      access.require(actor, 'learning.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const owner = await reachableOrganisation(tx, actor, input.ownerId, 'learning.manage');
        const pack = await storedPack(tx, owner.countryCode);
        await checkFields(tx, pack, owner, input);
        const title = withLatin(pack, input.title);
        const row = await repo.insert(tx, {
          ...input,
          countryCode: owner.countryCode,
          title,
          summaryLatin: latinOf(input.summary, input.summaryLatin, pack, 'summaryLatin'),
          status: 'draft',
          search: searchOf({ code: input.code, title }),
        });
        if (!row) throw conflict('programme_code_taken', { code: input.code });
        await recordAudit(tx, actor, {
          organisationId: row.ownerId,
          action: 'programme.create',
          entityType: 'programme',
          entityId: row.id,
          after: audited(row),
        });
        return (await present(tx, [row], []))[0] as Programme;
      });
    },

    async update(actor: Actor, id: string, patch: ProgrammeUpdate): Promise<Programme> {
      access.require(actor, 'learning.manage');
      // Other organisers' drafts and trainings on request count too, though the owner cannot see them.
      const hasSessions =
        patch.status === 'draft' && (await tenancy.read(systemScope, (tx) => repo.hasSessions(tx, id)));
      return tenancy.run(scope(actor), async (tx) => {
        const before = await repo.find(tx, id);
        if (!before) throw notFound('programme');
        const owner = await managedOrganisation(tx, actor, before.ownerId);
        const pack = await storedPack(tx, before.countryCode);
        const { title, summaryLatin, ...rest } = patch;
        const texts = {
          ...(title && { title: withLatin(pack, title) }),
          ...((rest.summary !== undefined || summaryLatin !== undefined) && {
            summaryLatin: latinOf(rest.summary ?? before.summary, summaryLatin, pack, 'summaryLatin'),
          }),
        };
        const next = { ...before, ...rest, ...texts };
        await checkFields(tx, pack, owner, next);
        if (next.code !== before.code && (await repo.codeTaken(tx, before.ownerId, next.code, id)))
          throw conflict('programme_code_taken', { code: next.code });
        if (patch.status) checkMove(before, patch.status, hasSessions);
        const row = await repo.update(tx, id, { ...rest, ...texts, search: searchOf(next) });
        await recordAudit(tx, actor, {
          organisationId: row.ownerId,
          action:
            patch.status && patch.status !== before.status ? `programme.${patch.status}` : 'programme.update',
          entityType: 'programme',
          entityId: id,
          before: audited(before),
          after: audited(row),
        });
        return (await present(tx, [row], await repo.materialsOf(tx, [id])))[0] as Programme;
      });
    },
  };
}
