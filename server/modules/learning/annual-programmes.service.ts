import type { AnnualProgrammeCreate, AnnualProgrammeListQuery } from '../../../contracts/annual-programmes';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { type DocumentFormat, executionDocument, registerDocument } from './annual-programme-documents';
import { createAnnualProgrammeItems } from './annual-programme-items';
import {
  auditedProgramme as audited,
  draftProgramme,
  loadProgramme,
  programmeDetail,
} from './annual-programme-records';
import { createAnnualProgrammeSteps } from './annual-programme-steps';
import { executionOf, noTotals, presentHead, visibilityOf } from './annual-programme-view';
import { annualProgrammesRepo as repo } from './annual-programmes.repo';
import { factsOf, organisationFacts } from './learning-organisations';

export type AnnualProgrammesService = ReturnType<typeof createAnnualProgrammesService>;

/**
 * Annual training programmes: the head (create, rename, delete, read, export) here, the items in
 * annual-programme-items.ts and the opinion/adoption workflow in annual-programme-steps.ts.
 */
export function createAnnualProgrammesService(deps: { tenancy: Tenancy; translator: Translator }) {
  const { tenancy } = deps;
  const scope = access.scopeOf;
  const docContext = (actor: Actor) => ({ t: deps.translator, locale: actor.locale });
  const detail = (actor: Actor, id: string) => programmeDetail(tenancy, actor, id);

  /** Counts only, so they are read past row-level security once the programme itself is visible. */
  async function execution(actor: Actor, id: string) {
    const loaded = await loadProgramme(tenancy, actor, id);
    const figures = await tenancy.read(systemScope, (tx) =>
      executionOf(tx, loaded.row, loaded.programme.items),
    );
    return { ...loaded, execution: figures };
  }

  return {
    async list(actor: Actor, query: AnnualProgrammeListQuery) {
      access.require(actor, 'learning.read');
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.list(tx, visibilityOf(actor), query);
        const sums = await repo.totals(
          tx,
          rows.map((r) => r.id),
        );
        const totals = new Map(sums.map(({ id, ...t }) => [id, t]));
        const facts = await organisationFacts(
          tx,
          rows.map((r) => r.organisationId),
        );
        return {
          items: rows.map((r) =>
            presentHead(r, factsOf(facts, r.organisationId), totals.get(r.id) ?? noTotals),
          ),
        };
      });
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
        const before = await draftProgramme(tx, actor, id);
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
        const before = await draftProgramme(tx, actor, id);
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

    ...createAnnualProgrammeItems(deps),
    ...createAnnualProgrammeSteps(deps),

    async execution(actor: Actor, id: string) {
      access.require(actor, 'learning.read');
      return (await execution(actor, id)).execution;
    },

    async registerExport(actor: Actor, id: string, format: DocumentFormat) {
      access.require(actor, 'learning.read');
      const { programme, views } = await loadProgramme(tenancy, actor, id);
      return registerDocument({ programme, views }, docContext(actor), format);
    },

    async executionReport(actor: Actor, id: string, format: DocumentFormat) {
      access.require(actor, 'learning.read');
      const { programme, execution: figures } = await execution(actor, id);
      return executionDocument(programme, figures, docContext(actor), format);
    },
  };
}
