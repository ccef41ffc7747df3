import type { Tx } from '../../db/client';
import type { DbScope } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { invalid, notFound } from '../../platform/errors';
import { organisationsRepo } from '../organisations/organisations.repo';
import type { Named } from './report-rows';
import { reportsRepo } from './reports.repo';

/** Whose figures a report counts, and whether the reader sees them exactly. */
export type ReportFrame = {
  scope: 'organisation' | 'country';
  organisationId: string | null;
  countryCode: string;
  organisations: Named[];
  /** The reader may read the personnel files behind every figure: nothing to suppress. */
  exact: boolean;
};

type Where = { organisationId?: string | undefined; country?: string | undefined };

/**
 * A municipality's own figures, or (organisation omitted or a national body) those of every
 * municipality of a country. Organisations outside the reader's reach answer 404, as everywhere.
 */
export async function resolveFrame(tx: Tx, actor: Actor, where: Where): Promise<ReportFrame> {
  const reach = reachOf(actor, 'reports.read');
  let countryCode: string;
  if (where.organisationId) {
    const org = await organisationsRepo.find(tx, reach, where.organisationId);
    if (!org) throw notFound('organisation');
    access.require(actor, 'reports.read', { organisationId: org.id, countryCode: org.countryCode });
    if (org.kind !== 'national_body') return framed(actor, 'organisation', org.countryCode, [org]);
    countryCode = org.countryCode;
  } else {
    const countries = [...new Set(reach.countries)];
    const given = where.country ?? (countries.length === 1 ? countries[0] : undefined);
    if (!given) throw invalid(reach.all || countries.length ? 'country' : 'organisationId', 'required');
    if (!reach.all && !countries.includes(given)) throw notFound('country');
    if (!(await organisationsRepo.findCountry(tx, given))) throw notFound('country');
    countryCode = given;
  }
  return framed(actor, 'country', countryCode, await reportsRepo.countryOrganisations(tx, countryCode));
}

function framed(actor: Actor, scope: ReportFrame['scope'], countryCode: string, orgs: Named[]): ReportFrame {
  const readers = reachOf(actor, 'employees.read');
  return {
    scope,
    organisationId: scope === 'organisation' ? (orgs[0]?.id ?? null) : null,
    countryCode,
    organisations: orgs.map(({ id, name, nameLatin }) => ({ id, name, nameLatin })),
    exact: readers.all || orgs.every((o) => readers.orgIds.includes(o.id)),
  };
}

/**
 * The row-level-security scope of the counting transaction: the reader's own, widened to the
 * organisations the policy has just let them report on. A national body holds no membership in
 * the municipalities it reports on, so without this the employees' policies would show it nothing;
 * the widened, read-only transaction runs aggregate queries only, never returning a person.
 */
export function countingScope(actor: Actor, frame: ReportFrame): DbScope {
  const own = access.scopeOf(actor);
  return { ...own, orgIds: [...new Set([...own.orgIds, ...frame.organisations.map((o) => o.id)])] };
}
