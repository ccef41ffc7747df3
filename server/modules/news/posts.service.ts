import type {
  EventListQuery,
  Post,
  PostCreate,
  PostKind,
  PostListQuery,
  PostUpdate,
} from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { organisationsRepo } from '../organisations/organisations.repo';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { checkPost, type PostFields } from './post-checks';
import { publisherNames, toPost } from './post-view';
import { audienceOf, type PostRow, type Reader, postsRepo as repo } from './posts.repo';

export type PostsService = ReturnType<typeof createPostsService>;

const readerOf = (actor: Actor): Reader => ({
  all: actor.memberships.some((m) => m.role === 'platform_admin'),
  orgIds: [...new Set(actor.memberships.map((m) => m.organisationId))],
  countries: [...new Set(actor.memberships.map((m) => m.countryCode))],
});

const manages = (actor: Actor, row: Pick<PostRow, 'organisationId' | 'countryCode'>) =>
  access.can(actor, 'news.publish', { organisationId: row.organisationId, countryCode: row.countryCode });

const audited = (r: PostRow) => ({
  kind: r.kind,
  status: r.status,
  audience: r.audience,
  audienceIds: r.audienceIds,
  title: r.title,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
});

const fieldsOf = (r: PostRow): PostFields => ({
  audience: r.audience as PostFields['audience'],
  audienceIds: r.audienceIds,
  locale: r.locale as PostFields['locale'],
  title: r.title,
  summary: r.summary,
  body: r.body,
  startsAt: r.startsAt?.toISOString() ?? null,
  endsAt: r.endsAt?.toISOString() ?? null,
  location: r.location,
  onlineUrl: r.onlineUrl,
});

/**
 * News and events of national bodies and the association. Rows are read in the reader's scope,
 * publishers' names in system scope (a municipality's readers cannot see a body's row). Changes run
 * in system scope, because checking the chosen municipalities needs rows the body's experts cannot
 * read: `editable` and `reachableOrganisation` are what guard them.
 */
export function createPostsService({ tenancy }: { tenancy: Tenancy }) {
  const present = async (actor: Actor, rows: PostRow[]) => {
    const names = await tenancy.read(systemScope, (tx) => publisherNames(tx, rows));
    return rows.map((r) => toPost(r, names, manages(actor, r)));
  };

  /** A post the actor may read, then the right to change it (403 for a reader, 404 for a stranger). */
  async function editable(tx: Tx, actor: Actor, kind: PostKind, id: string): Promise<PostRow> {
    const row = await repo.find(tx, kind, id, undefined);
    const seen = row && (manages(actor, row) || (await repo.find(tx, kind, id, audienceOf(readerOf(actor)))));
    if (!row || !seen) throw notFound(kind === 'event' ? 'event' : 'news');
    access.require(actor, 'news.publish', {
      organisationId: row.organisationId,
      countryCode: row.countryCode,
    });
    return row;
  }

  async function change(
    actor: Actor,
    kind: PostKind,
    id: string,
    action: string,
    fn: (tx: Tx, row: PostRow) => Promise<PostRow | null>,
  ) {
    return tenancy.run(systemScope, async (tx) => {
      const before = await editable(tx, actor, kind, id);
      const after = await fn(tx, before);
      await recordAudit(tx, actor, {
        organisationId: before.organisationId,
        action: `post.${action}`,
        entityType: 'post',
        entityId: id,
        before: audited(before),
        after: after ? audited(after) : null,
      });
      return after;
    });
  }

  return {
    async list(
      actor: Actor,
      kind: PostKind,
      query: PostListQuery | EventListQuery,
    ): Promise<{ items: Post[]; nextCursor: string | null }> {
      access.require(actor, 'countries.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      const from = kind === 'event' ? ('from' in query && query.from ? query.from : today()) : undefined;
      const rows = await tenancy.read(access.scopeOf(actor), async (tx) => {
        // A publisher's own list shows its drafts to its editors; anyone else reads what is addressed to them.
        const own =
          !!query.organisationId &&
          !!(await organisationsRepo.find(tx, reachOf(actor, 'news.publish'), query.organisationId));
        return repo.list(tx, {
          ...query,
          kind,
          from,
          after,
          visible: own ? undefined : audienceOf(readerOf(actor)),
        });
      });
      const page = pageOf(rows, query.limit, (r) => [r.key, r.row.id]);
      return {
        items: await present(
          actor,
          page.items.map((r) => r.row),
        ),
        nextCursor: page.nextCursor,
      };
    },

    async get(actor: Actor, kind: PostKind, id: string): Promise<Post> {
      access.require(actor, 'countries.read');
      const row = await tenancy.read(access.scopeOf(actor), async (tx) => {
        const found = await repo.find(tx, kind, id, undefined);
        if (found && manages(actor, found)) return found;
        return repo.find(tx, kind, id, audienceOf(readerOf(actor)));
      });
      if (!row) throw notFound(kind === 'event' ? 'event' : 'news');
      return (await present(actor, [row]))[0] as Post;
    },

    async create(actor: Actor, kind: PostKind, input: PostCreate): Promise<Post> {
      access.require(actor, 'news.publish');
      if (input.kind !== kind) throw invalid('kind', 'wrong_kind');
      const row = await tenancy.run(systemScope, async (tx) => {
        const org = await reachableOrganisation(tx, actor, input.organisationId, 'news.publish');
        const values = await checkPost(tx, kind, org.countryCode, input);
        const created = await repo.insert(tx, {
          ...values,
          organisationId: org.id,
          countryCode: org.countryCode,
          kind,
          status: 'draft',
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'post.create',
          entityType: 'post',
          entityId: created.id,
          after: audited(created),
        });
        return created;
      });
      return (await present(actor, [row]))[0] as Post;
    },

    async update(actor: Actor, kind: PostKind, id: string, patch: PostUpdate): Promise<Post> {
      access.require(actor, 'news.publish');
      const row = await change(actor, kind, id, 'update', async (tx, before) => {
        const merged = { ...fieldsOf(before), ...patch };
        const values = await checkPost(tx, kind, before.countryCode, merged);
        return repo.update(tx, id, values);
      });
      return (await present(actor, [row as PostRow]))[0] as Post;
    },

    async publish(actor: Actor, kind: PostKind, id: string): Promise<Post> {
      access.require(actor, 'news.publish');
      const row = await change(actor, kind, id, 'publish', (tx, before) =>
        // Publishing again keeps the first date: the feed order does not jump.
        repo.update(tx, id, { status: 'published', publishedAt: before.publishedAt ?? new Date() }),
      );
      return (await present(actor, [row as PostRow]))[0] as Post;
    },

    async remove(actor: Actor, kind: PostKind, id: string): Promise<void> {
      access.require(actor, 'news.publish');
      await change(actor, kind, id, 'delete', async (tx) => {
        await repo.remove(tx, id);
        return null;
      });
    },
  };
}
