import { and, eq, inArray } from 'drizzle-orm';
import type { PostCreate } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { invalid } from '../../platform/errors';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { organisations } from '../organisations/organisations.tables';

const municipalKinds = ['municipality', 'town', 'city', 'city_municipality'];

export type PostFields = Omit<PostCreate, 'organisationId' | 'kind'>;

/**
 * An event needs its start (and an end not before it); a news post keeps no dates. Chosen
 * municipalities go with the `organisations` audience only, each of the publisher's country. `tx`
 * must see every organisation (system scope): the publisher's experts cannot list municipalities.
 */
export async function checkPost(tx: Tx, kind: PostCreate['kind'], country: string, f: PostFields) {
  if (kind === 'event') {
    if (!f.startsAt) throw invalid('startsAt', 'required');
    if (f.endsAt && Date.parse(f.endsAt) < Date.parse(f.startsAt)) throw invalid('endsAt', 'before_start');
  }
  const ids = [...new Set(f.audienceIds)];
  if (f.audience !== 'organisations' && ids.length) throw invalid('audienceIds', 'audience_not_chosen');
  if (f.audience === 'organisations') {
    if (!ids.length) throw invalid('audienceIds', 'required');
    const found = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(
          inArray(organisations.id, ids),
          eq(organisations.countryCode, country),
          inArray(organisations.kind, municipalKinds),
        ),
      );
    if (found.length !== ids.length) throw invalid('audienceIds', 'not_own_municipalities');
  }
  const isEvent = kind === 'event';
  return {
    audience: f.audience,
    audienceIds: ids,
    locale: f.locale,
    title: f.title,
    summary: f.summary,
    body: f.body,
    startsAt: isEvent && f.startsAt ? new Date(f.startsAt) : null,
    endsAt: isEvent && f.endsAt ? new Date(f.endsAt) : null,
    location: isEvent ? f.location : '',
    onlineUrl: f.onlineUrl,
    search: foldForSearch([f.title, f.summary, f.body, isEvent ? f.location : ''].join(' ')),
  };
}
