import type { AppraisalRules } from '../../../contracts/appraisal-rules';
import type {
  Competency,
  CompetencyCreate,
  CompetencyListQuery,
  CompetencyUpdate,
  LocalText,
} from '../../../contracts/competencies';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { organisationsRepo } from '../organisations/organisations.repo';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { type CompetencyRow, competenciesRepo as repo } from './competencies.repo';

export const toCompetency = (row: CompetencyRow): Competency => ({
  id: row.id,
  countryCode: row.countryCode,
  organisationId: row.organisationId,
  code: row.code,
  kind: row.kind as Competency['kind'],
  name: row.name,
  nameLatin: row.nameLatin,
  nameEn: row.nameEn,
  groups: row.groups,
  indicators: row.indicators,
  levels: row.levels,
  field: row.field,
  active: row.active,
  sortOrder: row.sortOrder,
  updatedAt: row.updatedAt.toISOString(),
});

/** A country-wide target: only a country or global reach covers it, never one municipality. */
const countryTarget = (countryCode: string) => ({ organisationId: '', countryCode });

type TextInput = { name: string; nameLatin?: string | undefined; nameEn: string };

/** Latin forms derived from Cyrillic where the editor left them out. */
function withLatin<T extends TextInput>(pack: StoredPack, text: T, field: string): T & LocalText {
  return { ...text, nameLatin: latinOf(text.name, text.nameLatin, pack, `${field}.nameLatin`) };
}

type TextFields = Pick<CompetencyRow, 'nameLatin' | 'indicators' | 'levels'>;

/** The edit with every Latin form filled in. */
function completeTexts<T extends CompetencyUpdate>(
  pack: StoredPack,
  input: T,
): Omit<T, keyof TextFields> & Partial<TextFields> {
  const { nameLatin, indicators, levels, ...rest } = input;
  return {
    ...rest,
    ...(input.name !== undefined && { nameLatin: latinOf(input.name, nameLatin, pack, 'nameLatin') }),
    ...(indicators && { indicators: indicators.map((x, i) => withLatin(pack, x, `indicators.${i}`)) }),
    ...(levels && { levels: levels.map((x, i) => withLatin(pack, x, `levels.${i}`)) }),
  };
}

function checkIndicatorGroups(groups: readonly string[], indicators: ReadonlyArray<{ group: string }>) {
  indicators.forEach((ind, i) => {
    if (!groups.includes(ind.group)) throw invalid(`indicators.${i}.group`, 'not_in_groups');
  });
}

export type CompetenciesService = ReturnType<typeof createCompetenciesService>;

export function createCompetenciesService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;

  /** May the actor change this entry: the country's framework, or one municipality's own? */
  async function requireManage(tx: Tx, actor: Actor, countryCode: string, organisationId: string | null) {
    if (organisationId === null) access.require(actor, 'competencies.manage', countryTarget(countryCode));
    else {
      const org = await reachableOrganisation(tx, actor, organisationId, 'competencies.manage');
      if (org.countryCode !== countryCode) throw invalid('countryCode', 'not_organisation_country');
    }
  }

  const audit = (tx: Tx, actor: Actor, row: CompetencyRow, action: string, change: object) =>
    recordAudit(tx, actor, {
      organisationId: row.organisationId,
      action,
      entityType: 'competency',
      entityId: row.id,
      ...change,
    });

  return {
    async list(actor: Actor, query: CompetencyListQuery): Promise<{ items: Competency[] }> {
      access.require(actor, 'competencies.read');
      return tenancy.read(scope(actor), async (tx) => {
        const org = query.organisationId
          ? await reachableOrganisation(tx, actor, query.organisationId, 'competencies.read')
          : null;
        const countryCode = query.countryCode ?? org?.countryCode;
        if (!countryCode) throw invalid('countryCode', 'required');
        if (org && org.countryCode !== countryCode) throw invalid('countryCode', 'not_organisation_country');
        if (!(await organisationsRepo.findCountry(tx, countryCode))) throw notFound('country');
        const rows = await repo.list(tx, countryCode, org?.id ?? null, query.includeInactive === 'true');
        return { items: rows.map(toCompetency) };
      });
    },

    async create(actor: Actor, input: CompetencyCreate): Promise<Competency> {
      access.require(actor, 'competencies.manage');
      return tenancy.run(scope(actor), async (tx) => {
        await requireManage(tx, actor, input.countryCode, input.organisationId);
        // A municipality adds to its own fields of work; the decree's kinds belong to the country.
        if (input.organisationId && input.kind !== 'special_functional')
          throw invalid('kind', 'municipal_kind');
        checkIndicatorGroups(input.groups, input.indicators);
        const pack = await storedPack(tx, input.countryCode);
        const row = await repo.insert(tx, {
          ...completeTexts(pack, input),
          nameLatin: latinOf(input.name, input.nameLatin, pack, 'nameLatin'),
          sortOrder: 1000,
        });
        if (!row) throw conflict('competency_code_taken', { code: input.code });
        const out = toCompetency(row);
        await audit(tx, actor, row, 'competency.create', { after: out });
        return out;
      });
    },

    async update(actor: Actor, id: string, patch: CompetencyUpdate): Promise<Competency> {
      access.require(actor, 'competencies.manage');
      return tenancy.run(scope(actor), async (tx) => {
        const before = await repo.find(tx, id);
        if (!before) throw notFound('competency');
        await requireManage(tx, actor, before.countryCode, before.organisationId).catch((e: unknown) => {
          // Reading a framework entry is not reaching it: a municipality's own stays invisible.
          if (e instanceof AppError && e.status === 404 && before.organisationId)
            throw notFound('competency');
          throw e;
        });
        checkIndicatorGroups(patch.groups ?? before.groups, patch.indicators ?? before.indicators);
        const pack = await storedPack(tx, before.countryCode);
        const row = await repo.update(tx, id, completeTexts(pack, patch));
        const out = toCompetency(row);
        await audit(tx, actor, row, 'competency.update', { before: toCompetency(before), after: out });
        return out;
      });
    },

    async rules(actor: Actor, countryCode: string): Promise<AppraisalRules> {
      access.require(actor, 'countries.read');
      return tenancy.read(scope(actor), async (tx) =>
        rulesOf(await storedPack(tx, countryCode), countryCode),
      );
    },

    async replaceRules(actor: Actor, countryCode: string, rules: AppraisalRules): Promise<AppraisalRules> {
      access.require(actor, 'competencies.manage', countryTarget(countryCode));
      return tenancy.run(scope(actor), async (tx) => {
        const before = rulesOf(await storedPack(tx, countryCode), countryCode);
        await organisationsRepo.setPackSection(tx, countryCode, 'appraisal', rules);
        await recordAudit(tx, actor, {
          organisationId: null,
          action: 'appraisal_rules.replace',
          entityType: 'country',
          entityId: null,
          before,
          after: rules,
        });
        return rules;
      });
    },
  };
}

/** A country's appraisal rules as stored; a pack without them cannot run appraisals. */
export function rulesOf(pack: StoredPack, countryCode: string): AppraisalRules {
  const rules = (pack as StoredPack & { appraisal?: AppraisalRules }).appraisal;
  if (!rules) throw invalid('countryCode', 'no_appraisal_rules', { countryCode });
  return rules;
}
