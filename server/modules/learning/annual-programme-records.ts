import type { AnnualProgramme } from '../../../contracts/annual-programmes';
import type { Tx } from '../../db/client';
import type { Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import { scopeOf } from '../../platform/access/policy';
import { conflict, notFound } from '../../platform/errors';
import { presentHead, presentItem, totalsOf, visibilityOf } from './annual-programme-view';
import { type AnnualProgrammeRow, annualProgrammesRepo as repo } from './annual-programmes.repo';
import { factsOf, managedOrganisation, organisationFacts } from './learning-organisations';

/** What the audit trail keeps of an annual programme's head. */
export const auditedProgramme = (r: AnnualProgrammeRow) => ({
  title: r.title,
  status: r.status,
  sentForOpinionOn: r.sentForOpinionOn,
  opinion: r.opinion,
  opinionOn: r.opinionOn,
  adoptedOn: r.adoptedOn,
  adoptionAct: r.adoptionAct,
});

/** A visible programme (404 otherwise), for reading. */
export async function visibleProgramme(tx: Tx, actor: Actor, id: string, lock = false) {
  const row = await repo.find(tx, visibilityOf(actor), id, lock);
  if (!row) throw notFound('annual_programme');
  return row;
}

/** A visible programme the actor manages (403 when only readable), locked for the change. */
export async function managedProgramme(tx: Tx, actor: Actor, id: string) {
  const row = await visibleProgramme(tx, actor, id);
  await managedOrganisation(tx, actor, row.organisationId);
  // Locking needs the write policy too, so only the organisation's own managers get this far.
  return visibleProgramme(tx, actor, id, true);
}

/** A managed programme that is still a draft (a conflict otherwise): only drafts are edited. */
export async function draftProgramme(tx: Tx, actor: Actor, id: string) {
  const row = await managedProgramme(tx, actor, id);
  if (row.status !== 'draft') throw conflict('programme_locked', { status: row.status });
  return row;
}

/** The programme as answered, with its row and its items' catalogue facts for the documents. */
export function loadProgramme(tenancy: Tenancy, actor: Actor, id: string) {
  return tenancy.read(scopeOf(actor), async (tx) => {
    const row = await visibleProgramme(tx, actor, id);
    const views = await repo.items(tx, id);
    const items = views.map(presentItem);
    const org = factsOf(await organisationFacts(tx, [row.organisationId]), row.organisationId);
    const programme: AnnualProgramme = { ...presentHead(row, org, totalsOf(items)), items };
    return { row, views, programme };
  });
}

/** The programme as the API answers it. */
export const programmeDetail = async (tenancy: Tenancy, actor: Actor, id: string) =>
  (await loadProgramme(tenancy, actor, id)).programme;
