import { and, desc, eq } from 'drizzle-orm';
import type { Bulletin } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { conflict, invalid } from '../../platform/errors';
import { organisations } from '../organisations/organisations.tables';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { bulletinDigestRepo } from './bulletin-digest.repo';
import { type BulletinMailDeps, mailBulletin } from './bulletin-mail';
import { bulletins } from './news.tables';
import { subscriptionsRepo } from './subscriptions.repo';

export type BulletinsService = ReturnType<typeof createBulletinsService>;

const week = 7 * 24 * 3_600_000;

const toBulletin = (r: typeof bulletins.$inferSelect): Bulletin => ({
  id: r.id,
  bodyId: r.bodyId,
  countryCode: r.countryCode,
  periodFrom: r.periodFrom.toISOString(),
  periodTo: r.periodTo.toISOString(),
  items: r.items,
  recipients: r.recipients,
  sentAt: r.sentAt.toISOString(),
});

/**
 * The association's bulletin: what was new in its country since the last one (or the last week),
 * mailed to the confirmed subscribers. Runs in system scope (the digest reads other modules' public
 * rows, the mails go to addresses only the system reads): the body's reach check guards it.
 */
export function createBulletinsService(deps: BulletinMailDeps & { tenancy: Tenancy }) {
  const { tenancy } = deps;

  async function association(tx: Tx, actor: Actor, bodyId: string) {
    const body = await reachableOrganisation(tx, actor, bodyId, 'news.publish');
    if (body.bodyRole !== 'association') throw invalid('bodyId', 'not_an_association');
    return body;
  }

  async function lastSent(tx: Tx, bodyId: string) {
    const [last] = await tx
      .select({ sentAt: bulletins.sentAt })
      .from(bulletins)
      .where(eq(bulletins.bodyId, bodyId))
      .orderBy(desc(bulletins.sentAt))
      .limit(1);
    return last?.sentAt ?? null;
  }

  async function next(tx: Tx, body: { id: string; countryCode: string }) {
    const to = new Date();
    const from = (await lastSent(tx, body.id)) ?? new Date(to.getTime() - week);
    const items = await bulletinDigestRepo.items(tx, {
      from,
      to,
      country: body.countryCode,
      bodyId: body.id,
    });
    return { from, to, items };
  }

  async function send(tx: Tx, actor: Actor | null, body: { id: string; countryCode: string }) {
    const { from, to, items } = await next(tx, body);
    if (!items.length) throw conflict('bulletin_empty');
    const subscribers = await subscriptionsRepo.active(tx, body.countryCode);
    const [row] = await tx
      .insert(bulletins)
      .values({
        bodyId: body.id,
        countryCode: body.countryCode,
        periodFrom: from,
        periodTo: to,
        items,
        recipients: subscribers.length,
        sentBy: actor?.userId ?? null,
      })
      .returning();
    const sent = row as typeof bulletins.$inferSelect;
    await mailBulletin(tx, deps, { bodyId: body.id, items }, subscribers);
    await recordAudit(tx, actor, {
      organisationId: body.id,
      action: 'bulletin.send',
      entityType: 'bulletin',
      entityId: sent.id,
      after: { items: items.length, recipients: subscribers.length },
    });
    return toBulletin(sent);
  }

  return {
    async preview(actor: Actor, bodyId: string) {
      access.require(actor, 'news.publish');
      return tenancy.read(systemScope, async (tx) => {
        const body = await association(tx, actor, bodyId);
        const { from, to, items } = await next(tx, body);
        const subscribers = await subscriptionsRepo.active(tx, body.countryCode);
        return {
          periodFrom: from.toISOString(),
          periodTo: to.toISOString(),
          items,
          subscribers: subscribers.length,
        };
      });
    },

    async send(actor: Actor, bodyId: string): Promise<Bulletin> {
      access.require(actor, 'news.publish');
      return tenancy.run(systemScope, async (tx) => send(tx, actor, await association(tx, actor, bodyId)));
    },

    async list(actor: Actor, bodyId: string) {
      access.require(actor, 'news.publish');
      return tenancy.read(access.scopeOf(actor), async (tx) => {
        await reachableOrganisation(tx, actor, bodyId, 'news.publish');
        const rows = await tx
          .select()
          .from(bulletins)
          .where(eq(bulletins.bodyId, bodyId))
          .orderBy(desc(bulletins.sentAt));
        return { items: rows.map(toBulletin) };
      });
    },

    /**
     * The weekly job: on Mondays, each association whose last bulletin is a week old sends one if
     * there is something new. Safe to repeat: a bulletin sent today makes the next run skip it.
     */
    sendWeekly: (now = new Date()): Promise<number> =>
      tenancy.run(systemScope, async (tx) => {
        if (now.getUTCDay() !== 1) return 0;
        const bodies = await tx
          .select({ id: organisations.id, countryCode: organisations.countryCode })
          .from(organisations)
          .where(and(eq(organisations.kind, 'national_body'), eq(organisations.bodyRole, 'association')));
        let sent = 0;
        for (const body of bodies) {
          const last = await lastSent(tx, body.id);
          // A little slack, so that last Monday's run (a few minutes later today) does not skip a week.
          if (last && now.getTime() - last.getTime() < week - 3 * 3_600_000) continue;
          const { items } = await next(tx, body);
          if (!items.length) continue;
          await send(tx, null, body);
          sent += 1;
        }
        return sent;
      }),
  };
}
