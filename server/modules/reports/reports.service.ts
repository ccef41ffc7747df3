import type {
  HeadcountQuery,
  HeadcountReport,
  MovementsQuery,
  MovementsReport,
} from '../../../contracts/reports';
import { suppressionThreshold } from '../../../contracts/reports';
import type { Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { today } from '../../platform/days';
import { invalid } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { organisationsRepo } from '../organisations/organisations.repo';
import { treeOrder } from '../organisations/organisations.service';
import { countingScope, type ReportFrame, resolveFrame } from './report-frame';
import { orderedRows, type RowContext, yearRows } from './report-rows';
import { suppress } from './report-suppression';
import { headcountWorkbook, movementsWorkbook } from './report-workbooks';
import { reportsRepo as repo } from './reports.repo';

const frameFields = (f: ReportFrame) => ({
  scope: f.scope,
  organisationId: f.organisationId,
  countryCode: f.countryCode,
  suppressionThreshold: f.exact ? null : suppressionThreshold,
});

export type ReportsService = ReturnType<typeof createReportsService>;

export function createReportsService({ tenancy, translator }: { tenancy: Tenancy; translator: Translator }) {
  const frameOf = (actor: Actor, where: HeadcountQuery | MovementsQuery) =>
    tenancy.read(access.scopeOf(actor), (tx) => resolveFrame(tx, actor, where));

  async function buildHeadcount(actor: Actor, query: HeadcountQuery) {
    const frame = await frameOf(actor, query);
    if (query.by === 'unit' && !frame.organisationId) throw invalid('by', 'needs_organisation');
    const ids = frame.organisations.map((o) => o.id);
    return tenancy.read(countingScope(actor, frame), async (tx) => {
      const counts = await repo.headcount(tx, ids, query.by);
      const ctx: RowContext = {
        locale: actor.locale,
        pack: (await storedPack(tx, frame.countryCode)).people,
        units:
          query.by === 'unit' && frame.organisationId
            ? treeOrder(await organisationsRepo.listUnits(tx, frame.organisationId), actor.locale)
            : [],
        organisations: frame.organisations,
      };
      const series = suppress(orderedRows(query.by, counts, ctx), frame.exact);
      const report: HeadcountReport = {
        ...frameFields(frame),
        by: query.by,
        asOf: today(),
        ...series,
        units: ctx.units,
      };
      return { report, ctx };
    });
  }

  async function buildMovements(actor: Actor, query: MovementsQuery): Promise<MovementsReport> {
    const to = query.to ?? new Date().getUTCFullYear();
    const from = query.from ?? to - 9;
    if (from > to) throw invalid('to', 'before_from_year');
    const frame = await frameOf(actor, query);
    const ids = frame.organisations.map((o) => o.id);
    return tenancy.read(countingScope(actor, frame), async (tx) => ({
      ...frameFields(frame),
      from,
      to,
      joiners: suppress(yearRows(await repo.joiners(tx, ids, from, to), from, to), frame.exact),
      leavers: suppress(yearRows(await repo.leavers(tx, ids, from, to), from, to), frame.exact),
    }));
  }

  return {
    /** Active employees by one dimension, on today's date. */
    async headcount(actor: Actor, query: HeadcountQuery): Promise<HeadcountReport> {
      access.require(actor, 'reports.read');
      return (await buildHeadcount(actor, query)).report;
    },

    /** Joiners and leavers per year. */
    async movements(actor: Actor, query: MovementsQuery): Promise<MovementsReport> {
      access.require(actor, 'reports.read');
      return buildMovements(actor, query);
    },

    /** The headcount as a spreadsheet in the reader's language, suppressed cells marked. */
    async headcountXlsx(actor: Actor, query: HeadcountQuery): Promise<Buffer> {
      access.require(actor, 'reports.read');
      const { report, ctx } = await buildHeadcount(actor, query);
      return headcountWorkbook(translator, report, ctx);
    },

    async movementsXlsx(actor: Actor, query: MovementsQuery): Promise<Buffer> {
      access.require(actor, 'reports.read');
      return movementsWorkbook(translator, actor.locale, await buildMovements(actor, query));
    },
  };
}
