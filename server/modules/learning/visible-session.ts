import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { scopeOf } from '../../platform/access/policy';
import { notFound } from '../../platform/errors';
import { trainingSessions } from './sessions.tables';

/**
 * A session the reader may see: row-level security shows announced sessions to everyone (drafts
 * and sessions on request only to the organiser and the municipality that asked), and announced
 * ones are meant for their own country; any other id answers 404.
 */
export async function visibleSession(tx: Tx, actor: Actor, id: string) {
  const [session] = await tx
    .select({
      id: trainingSessions.id,
      organiserId: trainingSessions.organiserId,
      countryCode: trainingSessions.countryCode,
      status: trainingSessions.status,
      firstDay: trainingSessions.firstDay,
      lastDay: trainingSessions.lastDay,
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, id));
  const ownCountry = actor.memberships.some((m) => m.countryCode === session?.countryCode);
  if (!session || !(ownCountry || scopeOf(actor).all)) throw notFound('session');
  return session;
}
