import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import { scopeOf } from '../../platform/access/policy';
import { notFound } from '../../platform/errors';
import { trainingSessions } from './sessions.tables';

/**
 * The countries whose sessions the actor reads (null: every country, for platform administrators).
 * Row-level security shows announced sessions everywhere, but they are meant for their own country.
 */
export const sessionCountriesOf = (actor: Actor): string[] | null =>
  scopeOf(actor).all ? null : [...new Set(actor.memberships.map((m) => m.countryCode))];

const readsCountry = (actor: Actor, countryCode: string) =>
  sessionCountriesOf(actor)?.includes(countryCode) ?? true;

/**
 * A session the reader may see: row-level security shows announced sessions to everyone (drafts
 * and sessions on request only to the organiser and the municipality that asked), and the reader's
 * country limits them further; any other id answers 404.
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
  if (!session || !readsCountry(actor, session.countryCode)) throw notFound('session');
  return session;
}

/** The same rule for a session row already read. */
export function checkSessionCountry(actor: Actor, countryCode: string): void {
  if (!readsCountry(actor, countryCode)) throw notFound('session');
}
