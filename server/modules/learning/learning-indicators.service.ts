import { deliveryModes } from '../../../contracts/learning-catalogue';
import type { Indicators, IndicatorsQuery, LearningTarget } from '../../../contracts/learning-indicators';
import { genderSchema } from '../../../contracts/people';
import { suppressionThreshold } from '../../../contracts/reports';
import { readsLatin } from '../../db/collation';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { invalid, notFound } from '../../platform/errors';
import type { Translator } from '../../platform/i18n/i18n';
import { organisationsRepo } from '../organisations/organisations.repo';
import { type ReportFrame, resolveFrame } from '../reports/report-frame';
import type { Counted } from '../reports/report-suppression';
import { type Grouped, learningIndicatorsRepo as repo } from './learning-indicators.repo';
import { suppressWithTotal } from './learning-indicators-suppression';
import { indicatorsWorkbook } from './learning-indicators-workbook';

/** Delivery modes in the order of the targets, requested trainings last. */
export const indicatorModes = [...deliveryModes, 'on_request'] as const;

const countsOf = (groups: Grouped[], dimension: Grouped['dimension']) =>
  new Map(groups.filter((g) => g.dimension === dimension).map((g) => [g.key, g.count]));

/** Listed keys first (zeros included), then any other key found. */
function cells(listed: readonly string[], counts: Map<string, number>): Counted[] {
  const keys = [...listed, ...[...counts.keys()].filter((k) => !listed.includes(k)).sort()];
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const countryTarget = (countryCode: string) => ({ organisationId: '', countryCode });

export type LearningIndicatorsService = ReturnType<typeof createLearningIndicatorsService>;

export function createLearningIndicatorsService({
  tenancy,
  translator,
}: {
  tenancy: Tenancy;
  translator: Translator;
}) {
  /**
   * The access check and the frame run in the reader's own scope (another municipality answers
   * 404 there). The counts are then read in system scope: a place belongs to the participant's
   * municipality and to the organiser, and the counts kept by triggers (db/migrations/0023) hold
   * the whole country's. Only grouped, suppressed counts leave this function, never a row.
   */
  async function build(actor: Actor, query: IndicatorsQuery): Promise<Indicators> {
    const frame: ReportFrame = await tenancy.read(access.scopeOf(actor), (tx) =>
      resolveFrame(tx, actor, query),
    );
    const where = { countryCode: frame.countryCode, year: query.year, organisationId: frame.organisationId };
    const { groups, delivery, targets, pack } = await tenancy.read(systemScope, async (tx) => ({
      groups: await repo.grouped(tx, where),
      delivery: await repo.delivery(tx, where),
      targets: await repo.targets(tx, frame.countryCode, query.year),
      pack: await storedPack(tx, frame.countryCode),
    }));
    const byMode = countsOf(groups, 'mode');
    const topics = pack.learning?.topicAreas.map((a) => a.code) ?? [];
    const hidden = (listed: readonly string[], d: Grouped['dimension']) =>
      suppressWithTotal(cells(listed, countsOf(groups, d)), frame.exact);
    const months = countsOf(groups, 'month');
    const collator = new Intl.Collator(actor.locale);
    const local = (o: { name: string; nameLatin: string }) =>
      readsLatin(actor.locale) ? o.nameLatin : o.name;
    const named = new Map(frame.organisations.map((o) => [o.id, o]));
    const municipalities =
      frame.scope === 'country'
        ? hidden(
            [...frame.organisations].sort((x, y) => collator.compare(local(x), local(y))).map((o) => o.id),
            'municipality',
          )
        : [];
    return {
      year: query.year,
      scope: { countryCode: frame.countryCode, organisationId: frame.organisationId },
      suppressedBelow: frame.exact ? 0 : suppressionThreshold,
      totals: {
        trained: [...byMode.values()].reduce((a, b) => a + b, 0),
        people: delivery.people,
        sessions: delivery.sessions,
        hours: delivery.hours,
        trainerRating: delivery.trainerRating,
      },
      byMode: indicatorModes.map((mode) => ({
        mode,
        trained: byMode.get(mode) ?? 0,
        target: targets.find((t) => t.mode === mode)?.trained ?? null,
      })),
      byTopic: hidden(topics, 'topic').map((r) => ({ topicArea: r.key, trained: r.count })),
      byGender: hidden(genderSchema.options, 'gender').map((r) => ({ gender: r.key, trained: r.count })),
      byMunicipality: municipalities.flatMap((r) => {
        const o = named.get(r.key);
        return o ? [{ organisationId: o.id, name: o.name, nameLatin: o.nameLatin, trained: r.count }] : [];
      }),
      byMonth: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        trained: months.get(String(i + 1)) ?? 0,
      })),
    };
  }

  async function country(actor: Actor, code: string) {
    const found = await tenancy.read(access.scopeOf(actor), (tx) => organisationsRepo.findCountry(tx, code));
    if (!found) throw notFound('country');
  }

  return {
    /** Trained people against the national targets, with the breakdowns of the dashboard. */
    async indicators(actor: Actor, query: IndicatorsQuery): Promise<Indicators> {
      access.require(actor, 'reports.read');
      return build(actor, query);
    },

    /** The same as a spreadsheet in the reader's language. */
    async indicatorsXlsx(actor: Actor, query: IndicatorsQuery): Promise<Buffer> {
      access.require(actor, 'reports.read');
      const data = await build(actor, query);
      const pack = await tenancy.read(systemScope, (tx) => storedPack(tx, data.scope.countryCode));
      return indicatorsWorkbook(translator, actor.locale, data, pack.learning?.topicAreas ?? []);
    },

    /** A country's targets of a year: public figures, readable by everyone. */
    async targets(actor: Actor, code: string, year: number): Promise<{ items: LearningTarget[] }> {
      access.require(actor, 'learning.read');
      await country(actor, code);
      return tenancy.read(access.scopeOf(actor), async (tx) => ({
        items: await repo.targets(tx, code, year),
      }));
    },

    /** Sets the year's targets (the modes listed; the others lose theirs). */
    async updateTargets(
      actor: Actor,
      code: string,
      year: number,
      input: { items: { mode: LearningTarget['mode']; trained: number }[] },
    ): Promise<{ items: LearningTarget[] }> {
      access.require(actor, 'learning.targets', countryTarget(code));
      await country(actor, code);
      const modes = input.items.map((i) => i.mode);
      if (new Set(modes).size !== modes.length) throw invalid('items', 'duplicate_mode');
      return tenancy.run(access.scopeOf(actor), async (tx) => {
        const before = await repo.targets(tx, code, year);
        await repo.replaceTargets(tx, code, year, input.items);
        const items = await repo.targets(tx, code, year);
        await recordAudit(tx, actor, {
          organisationId: null,
          action: 'learning_targets.update',
          entityType: 'learning_targets',
          entityId: null,
          before: { countryCode: code, year, items: before },
          after: { countryCode: code, year, items },
        });
        return { items };
      });
    },
  };
}
