import { inArray } from 'drizzle-orm';
import type { Locale } from '../../../contracts/access';
import type { Post, PublicPost } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { organisations } from '../organisations/organisations.tables';
import type { PostRow } from './posts.repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The publishers' names; read in system scope, since a municipality's readers cannot see a body's row. */
export async function publisherNames(tx: Tx, rows: PostRow[]) {
  const ids = [...new Set(rows.map((r) => r.organisationId))];
  const found = ids.length
    ? await tx
        .select({ id: organisations.id, name: organisations.name, nameLatin: organisations.nameLatin })
        .from(organisations)
        .where(inArray(organisations.id, ids))
    : [];
  return new Map(found.map((o) => [o.id, o]));
}

export type Names = Awaited<ReturnType<typeof publisherNames>>;

export function toPublicPost(row: PostRow, names: Names): PublicPost {
  const org = names.get(row.organisationId);
  return {
    id: row.id,
    kind: row.kind as PublicPost['kind'],
    organisationId: row.organisationId,
    organisationName: org?.name ?? '',
    organisationNameLatin: org?.nameLatin ?? '',
    countryCode: row.countryCode,
    audience: row.audience as PublicPost['audience'],
    locale: row.locale as Locale,
    title: row.title,
    summary: row.summary,
    body: row.body,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    location: row.location,
    onlineUrl: row.onlineUrl,
    publishedAt: iso(row.publishedAt),
  };
}

export function toPost(row: PostRow, names: Names, canManage: boolean): Post {
  return {
    ...toPublicPost(row, names),
    status: row.status as Post['status'],
    // Whom a post is addressed to is the publisher's business only.
    audienceIds: canManage ? row.audienceIds : [],
    canManage,
    updatedAt: row.updatedAt.toISOString(),
  };
}
