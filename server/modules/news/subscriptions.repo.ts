import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { bulletinSubscriptions as subs } from './news.tables';

export type SubscriptionRow = typeof subs.$inferSelect;

/** Confirmed and not ended: who receives a country's bulletin. */
export const activeIn = (country: string) =>
  and(eq(subs.countryCode, country), isNotNull(subs.confirmedAt), isNull(subs.unsubscribedAt));

/** Addresses are personal data: these run in system scope, behind the service's own checks. */
export const subscriptionsRepo = {
  byAddress: async (tx: Tx, country: string, email: string): Promise<SubscriptionRow | undefined> =>
    (
      await tx
        .select()
        .from(subs)
        .where(and(eq(subs.countryCode, country), eq(subs.email, email)))
        .for('update')
    )[0],

  byTokenHash: async (tx: Tx, hash: string) =>
    (await tx.select().from(subs).where(eq(subs.tokenHash, hash)))[0],

  byId: async (tx: Tx, id: string) => (await tx.select().from(subs).where(eq(subs.id, id)))[0],

  /** Nothing when the address was added meanwhile (two requests racing): the other one mails it. */
  insert: async (tx: Tx, values: typeof subs.$inferInsert): Promise<SubscriptionRow | undefined> =>
    (await tx.insert(subs).values(values).onConflictDoNothing().returning())[0],

  update: (tx: Tx, id: string, change: Partial<typeof subs.$inferInsert>) =>
    tx.update(subs).set(change).where(eq(subs.id, id)),

  active: (tx: Tx, country: string) => tx.select().from(subs).where(activeIn(country)),
};
