import type { DirectoryCard, DirectoryCardUpdate, DirectoryQuery } from '../../../contracts/hr-directory';
import type { Tenancy } from '../../db/tenancy';
import { latinOf, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { type DirectoryCardRow, type DirectoryCardView, directoryRepo as repo } from './hr-directory.repo';

const toCard = ({ card, organisationName, organisationNameLatin }: DirectoryCardView): DirectoryCard => ({
  userId: card.userId,
  organisationId: card.organisationId,
  organisationName,
  organisationNameLatin,
  countryCode: card.countryCode,
  name: card.name,
  nameLatin: card.nameLatin,
  jobTitle: card.jobTitle,
  email: card.email,
  phone: card.phone,
  expertise: card.expertise,
  languages: card.languages as DirectoryCard['languages'],
  listed: card.listed,
  updatedAt: card.updatedAt.toISOString(),
});

const audited = ({ search: _search, updatedAt: _updated, ...rest }: DirectoryCardRow) => rest;

export type DirectoryService = ReturnType<typeof createDirectoryService>;

/**
 * The HR network's directory: opt-in cards that colleagues anywhere in the network read while
 * listed. Only the owner writes a card, so every write is keyed by the actor's own id.
 */
export function createDirectoryService({ tenancy }: { tenancy: Tenancy }) {
  return {
    async list(actor: Actor, query: DirectoryQuery) {
      access.require(actor, 'network.directory');
      const after = decodeCursor(query.cursor, 4) as [string, string, string, string] | null;
      return tenancy.read(access.scopeOf(actor), async (tx) => {
        const rows = await repo.list(tx, query, actor.locale, after);
        const found = pageOf(rows, query.limit, (r) => r.key);
        return { items: found.items.map(toCard), nextCursor: found.nextCursor };
      });
    },

    async organisations(actor: Actor, country: string | undefined) {
      access.require(actor, 'network.directory');
      const items = await tenancy.read(access.scopeOf(actor), (tx) =>
        repo.organisations(tx, country, actor.locale),
      );
      return { items };
    },

    async mine(actor: Actor): Promise<DirectoryCard> {
      access.require(actor, 'network.directory');
      const found = await tenancy.read(access.scopeOf(actor), (tx) => repo.find(tx, actor.userId));
      if (!found) throw notFound('directoryCard');
      return toCard(found);
    },

    /** The name comes from the account (its Latin form by the country's romanisation). */
    async save(actor: Actor, input: DirectoryCardUpdate): Promise<DirectoryCard> {
      access.require(actor, 'network.directory');
      const membership = actor.memberships.find((m) => m.organisationId === input.organisationId);
      if (!membership) throw invalid('organisationId', 'not_a_member');
      return tenancy.run(access.scopeOf(actor), async (tx) => {
        const before = await repo.find(tx, actor.userId);
        const pack = await storedPack(tx, membership.countryCode);
        const nameLatin = latinOf(actor.name, undefined, pack, 'name');
        const values = {
          ...input,
          userId: actor.userId,
          countryCode: membership.countryCode,
          name: actor.name,
          nameLatin,
          search: foldForSearch(
            [
              actor.name,
              nameLatin,
              membership.organisationName,
              membership.organisationNameLatin,
              input.jobTitle,
              input.expertise,
            ].join(' '),
          ),
        };
        await repo.upsert(tx, values);
        const after = (await repo.find(tx, actor.userId)) as DirectoryCardView;
        await recordAudit(tx, actor, {
          organisationId: input.organisationId,
          action: before ? 'directory_card.update' : 'directory_card.create',
          entityType: 'directory_card',
          entityId: actor.userId,
          before: before ? audited(before.card) : undefined,
          after: audited(after.card),
        });
        return toCard(after);
      });
    },

    async remove(actor: Actor): Promise<void> {
      access.require(actor, 'network.directory');
      await tenancy.run(access.scopeOf(actor), async (tx) => {
        const removed = await repo.remove(tx, actor.userId);
        if (!removed) throw notFound('directoryCard');
        await recordAudit(tx, actor, {
          organisationId: removed.organisationId,
          action: 'directory_card.delete',
          entityType: 'directory_card',
          entityId: actor.userId,
          before: audited(removed),
        });
      });
    },
  };
}
