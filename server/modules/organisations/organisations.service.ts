import type { Locale } from '../../../contracts/access';
import type {
  Country,
  Organisation,
  OrganisationCreate,
  OrganisationListQuery,
  OrganisationUpdate,
  OrgUnit,
  OrgUnitCreate,
  OrgUnitUpdate,
} from '../../../contracts/organisations';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { type Reach, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { type OrganisationRow, type OrgUnitRow, organisationsRepo as repo } from './organisations.repo';

const iso = (d: Date) => d.toISOString();

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    ...row,
    kind: row.kind as Organisation['kind'],
    bodyRole: row.bodyRole as Organisation['bodyRole'],
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/** depth 0 for '/a/', 1 for '/a/b/'. */
const depthOf = (path: string) => path.split('/').length - 3;

export function toOrgUnit(r: OrgUnitRow): OrgUnit {
  return {
    id: r.id,
    organisationId: r.organisationId,
    parentId: r.parentId,
    name: r.name,
    nameLatin: r.nameLatin,
    code: r.code,
    depth: depthOf(r.path),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Units in tree order, siblings sorted by name in the reader's language. */
export function treeOrder(rows: OrgUnitRow[], locale: Locale): OrgUnit[] {
  const collator = new Intl.Collator(locale);
  const latin = readsLatin(locale);
  const children = new Map<string | null, OrgUnitRow[]>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const out: OrgUnit[] = [];
  const walk = (parentId: string | null) => {
    const list = (children.get(parentId) ?? []).sort((a, b) =>
      collator.compare(latin ? a.nameLatin : a.name, latin ? b.nameLatin : b.name),
    );
    for (const r of list) {
      out.push(toOrgUnit(r));
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

/**
 * Where the organisation list reaches. Listed by kind, the organisations of one's own countries are
 * listed to every reader too (rows public since 0019): the national bodies are whom a municipality
 * asks for a training, the municipalities whom a body shares a document or a post with.
 */
function listReach(actor: Actor, query: OrganisationListQuery): Reach {
  const reach = reachOf(actor, 'organisations.read');
  if (query.kind !== 'national_body' && query.kind !== 'local') return reach;
  return { ...reach, countries: [...reach.countries, ...actor.memberships.map((m) => m.countryCode)] };
}

const orgSearch = (o: { name: string; nameLatin: string; registryCode?: string | null }) =>
  foldForSearch([o.name, o.nameLatin, o.registryCode ?? ''].join(' '));
const unitSearch = (u: { name: string; nameLatin: string; code?: string | null }) =>
  foldForSearch([u.name, u.nameLatin, u.code ?? ''].join(' '));

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;

export function createOrganisationsService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;

  /** The country's pack, after checking that the region (if any) is one of its regions. */
  async function countryPack(tx: Tx, countryCode: string, regionCode?: string | null): Promise<StoredPack> {
    const pack = await storedPack(tx, countryCode);
    if (regionCode && !(pack.regions ?? []).some((r) => r.code === regionCode))
      throw invalid('regionCode', 'unknown_region');
    return pack;
  }

  /** A unit the actor's org-unit permission reaches, or 404 (also for other tenants' ids). */
  async function loadUnit(
    tx: Tx,
    actor: Actor,
    id: string,
    permission: 'org-units.read' | 'org-units.manage',
  ) {
    const found = await repo.findUnit(tx, reachOf(actor, permission), id);
    if (!found) throw notFound('org_unit');
    return found;
  }

  return {
    async listCountries(actor: Actor): Promise<{ items: Country[] }> {
      access.require(actor, 'countries.read');
      const rows = await tenancy.read(scope(actor), (tx) => repo.listCountries(tx));
      return {
        items: rows.map((c) => ({
          code: c.code,
          name: c.name,
          nameLatin: c.nameLatin,
          defaultLocale: c.defaultLocale,
          regions: (c.pack as StoredPack).regions ?? [],
          people: (c.pack as StoredPack).people,
          learning: (c.pack as StoredPack).learning,
        })),
      };
    },

    async list(actor: Actor, query: OrganisationListQuery) {
      access.require(actor, 'organisations.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const rows = await tenancy.read(scope(actor), (tx) =>
        repo.list(tx, listReach(actor, query), query, actor.locale, after),
      );
      const latin = readsLatin(actor.locale);
      const page = pageOf(rows, query.limit, (r) => [latin ? r.nameLatin : r.name, r.id]);
      return { items: page.items.map(toOrganisation), nextCursor: page.nextCursor };
    },

    async get(actor: Actor, id: string): Promise<Organisation> {
      access.require(actor, 'organisations.read');
      const row = await tenancy.run(scope(actor), (tx) =>
        repo.find(tx, reachOf(actor, 'organisations.read'), id),
      );
      if (!row) throw notFound('organisation');
      return toOrganisation(row);
    },

    async create(actor: Actor, input: OrganisationCreate): Promise<Organisation> {
      access.require(actor, 'organisations.manage', { organisationId: '', countryCode: input.countryCode });
      return tenancy.run(scope(actor), async (tx) => {
        const pack = await countryPack(tx, input.countryCode, input.regionCode);
        const nameLatin = latinOf(input.name, input.nameLatin, pack, 'nameLatin');
        const values = { ...input, nameLatin };
        const row = await repo.insert(tx, { ...values, search: orgSearch(values) });
        await recordAudit(tx, actor, {
          organisationId: row.id,
          action: 'organisation.create',
          entityType: 'organisation',
          entityId: row.id,
          after: toOrganisation(row),
        });
        return toOrganisation(row);
      });
    },

    async update(actor: Actor, id: string, patch: OrganisationUpdate): Promise<Organisation> {
      access.require(actor, 'organisations.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const before = await repo.find(tx, reachOf(actor, 'organisations.read'), id);
        if (!before) throw notFound('organisation');
        access.require(actor, 'organisations.manage', {
          organisationId: id,
          countryCode: before.countryCode,
        });
        const pack = await countryPack(tx, before.countryCode, patch.regionCode);
        // A new official name without a Latin one gets its Latin form again, never the stale one.
        if (patch.name && !patch.nameLatin)
          patch = { ...patch, nameLatin: latinOf(patch.name, undefined, pack, 'nameLatin') };
        const merged = { ...before, ...patch };
        const row = await repo.update(tx, id, { ...patch, search: orgSearch(merged) });
        await recordAudit(tx, actor, {
          organisationId: id,
          action: 'organisation.update',
          entityType: 'organisation',
          entityId: id,
          before: toOrganisation(before),
          after: toOrganisation(row),
        });
        return toOrganisation(row);
      });
    },

    async listUnits(actor: Actor, organisationId: string): Promise<{ items: OrgUnit[] }> {
      access.require(actor, 'org-units.read');
      return tenancy.read(scope(actor), async (tx) => {
        const org = await repo.find(tx, reachOf(actor, 'org-units.read'), organisationId);
        if (!org) throw notFound('organisation');
        return { items: treeOrder(await repo.listUnits(tx, organisationId), actor.locale) };
      });
    },

    async createUnit(actor: Actor, input: OrgUnitCreate): Promise<OrgUnit> {
      access.require(actor, 'org-units.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const org = await repo.find(tx, reachOf(actor, 'org-units.manage'), input.organisationId);
        if (!org) throw notFound('organisation');
        access.require(actor, 'org-units.manage', { organisationId: org.id, countryCode: org.countryCode });
        let parentPath = '/';
        if (input.parentId) {
          const parent = await repo.findUnit(tx, reachOf(actor, 'org-units.manage'), input.parentId);
          if (!parent || parent.unit.organisationId !== org.id) throw invalid('parentId', 'unknown_parent');
          parentPath = parent.unit.path;
        }
        const id = crypto.randomUUID();
        const nameLatin = latinOf(
          input.name,
          input.nameLatin,
          await countryPack(tx, org.countryCode),
          'nameLatin',
        );
        const values = { ...input, id, nameLatin, path: `${parentPath}${id}/` };
        const row = await repo.insertUnit(tx, { ...values, search: unitSearch(values) });
        const out = toOrgUnit(row);
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'org-unit.create',
          entityType: 'org_unit',
          entityId: id,
          after: out,
        });
        return out;
      });
    },

    async updateUnit(actor: Actor, id: string, patch: OrgUnitUpdate): Promise<OrgUnit> {
      access.require(actor, 'org-units.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const { unit: before, countryCode } = await loadUnit(tx, actor, id, 'org-units.manage');
        access.require(actor, 'org-units.manage', { organisationId: before.organisationId, countryCode });
        let path = before.path;
        if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
          let parentPath = '/';
          if (patch.parentId) {
            const parent = await repo.findUnit(tx, reachOf(actor, 'org-units.manage'), patch.parentId);
            if (!parent || parent.unit.organisationId !== before.organisationId)
              throw invalid('parentId', 'unknown_parent');
            // A unit cannot move under itself or one of its descendants.
            if (parent.unit.path.startsWith(before.path)) throw invalid('parentId', 'cycle');
            parentPath = parent.unit.path;
          }
          path = `${parentPath}${id}/`;
          await repo.movePaths(tx, before.organisationId, before.path, path);
        }
        if (patch.name && !patch.nameLatin)
          patch = {
            ...patch,
            nameLatin: latinOf(patch.name, undefined, await countryPack(tx, countryCode), 'nameLatin'),
          };
        const merged = { ...before, ...patch };
        const row = await repo.updateUnit(tx, id, { ...patch, path, search: unitSearch(merged) });
        const out = toOrgUnit(row);
        await recordAudit(tx, actor, {
          organisationId: before.organisationId,
          action: 'org-unit.update',
          entityType: 'org_unit',
          entityId: id,
          before: {
            name: before.name,
            nameLatin: before.nameLatin,
            code: before.code,
            parentId: before.parentId,
          },
          after: { name: row.name, nameLatin: row.nameLatin, code: row.code, parentId: row.parentId },
        });
        return out;
      });
    },

    async deleteUnit(actor: Actor, id: string): Promise<void> {
      access.require(actor, 'org-units.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const { unit, countryCode } = await loadUnit(tx, actor, id, 'org-units.manage');
        access.require(actor, 'org-units.manage', { organisationId: unit.organisationId, countryCode });
        if (await repo.hasChildren(tx, id)) throw new AppError(409, 'org_unit_has_children');
        await repo.deleteUnit(tx, id);
        await recordAudit(tx, actor, {
          organisationId: unit.organisationId,
          action: 'org-unit.delete',
          entityType: 'org_unit',
          entityId: id,
          before: { name: unit.name, nameLatin: unit.nameLatin, code: unit.code, parentId: unit.parentId },
        });
      });
    },
  };
}
