import type { Locale } from '../../../contracts/access';
import type { Subscribe } from '../../../contracts/news';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { invalid, notFound } from '../../platform/errors';
import type { Mailer } from '../../platform/mail/mailer';
import type { ProofOfWork } from '../../platform/proof-of-work/proof-of-work';
import { organisationsRepo } from '../organisations/organisations.repo';
import { hashToken, newToken, subscriptionOf } from './subscription-tokens';
import { subscriptionsRepo as repo, type SubscriptionRow } from './subscriptions.repo';

export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>;
type Deps = { tenancy: Tenancy; mailer: Mailer; config: Config; pow: ProofOfWork };

const ok = { ok: true as const };
const normalised = (email: string) => email.trim().toLowerCase();
const isActive = (s: SubscriptionRow | undefined) => !!s?.confirmedAt && !s.unsubscribedAt;

/**
 * Subscriptions to a country's bulletin. Anonymous ones are confirmed by a mailed link (double
 * opt-in) and answer the same whatever the address's state, so nobody learns who subscribes.
 * Everything runs in system scope (only the system reads addresses), behind these checks.
 */
export function createSubscriptionsService({ tenancy, mailer, config, pow }: Deps) {
  async function mailConfirmation(tx: Tx, to: string, locale: Locale, token: string) {
    await mailer.enqueue(tx, {
      to,
      locale,
      template: 'bulletin_confirm',
      organisationId: null,
      params: { link: `${config.publicUrl}/bulletin/confirm?token=${token}&lang=${locale}` },
    });
  }

  /** The signed-in user's country: that of their (first) organisation. */
  function countryOf(actor: Actor): string {
    const m = actor.memberships[0];
    if (!m) throw notFound('organisation');
    return m.countryCode;
  }

  return {
    /** Anyone, with a solved challenge: a new, pending or ended address gets a (new) confirmation link. */
    subscribe: (input: Subscribe) =>
      tenancy.run(systemScope, async (tx) => {
        await pow.verifyProof(tx, input.proof);
        if (!(await organisationsRepo.findCountry(tx, input.country)))
          throw invalid('country', 'unknown_country');
        const email = normalised(input.email);
        const found = await repo.byAddress(tx, input.country, email);
        if (isActive(found)) return ok;
        const { token, hash } = newToken();
        if (found) {
          await repo.update(tx, found.id, {
            tokenHash: hash,
            locale: input.locale,
            confirmedAt: null,
            unsubscribedAt: null,
          });
        } else if (
          !(await repo.insert(tx, {
            countryCode: input.country,
            email,
            locale: input.locale,
            tokenHash: hash,
          }))
        )
          return ok;
        await mailConfirmation(tx, email, input.locale, token);
        return ok;
      }),

    confirm: (token: string) =>
      tenancy.run(systemScope, async (tx) => {
        const found = await repo.byTokenHash(tx, hashToken(token));
        if (!found || found.unsubscribedAt) throw notFound('subscription');
        if (!found.confirmedAt) await repo.update(tx, found.id, { confirmedAt: new Date() });
        return ok;
      }),

    /** By the link in a bulletin; again is fine. */
    unsubscribe: (token: string) =>
      tenancy.run(systemScope, async (tx) => {
        const id = subscriptionOf(config.signingSecret, token);
        const found = id ? await repo.byId(tx, id) : undefined;
        if (!found) throw notFound('subscription');
        if (!found.unsubscribedAt) await repo.update(tx, found.id, { unsubscribedAt: new Date() });
        return ok;
      }),

    async mine(actor: Actor) {
      access.require(actor, 'countries.read');
      const country = countryOf(actor);
      const found = await tenancy.read(systemScope, (tx) =>
        repo.byAddress(tx, country, normalised(actor.email)),
      );
      return { country, subscribed: isActive(found) };
    },

    /** The profile's address is known, so no confirmation link: subscribed at once. */
    async setMine(actor: Actor, subscribed: boolean) {
      access.require(actor, 'countries.read');
      const country = countryOf(actor);
      const email = normalised(actor.email);
      await tenancy.run(systemScope, async (tx) => {
        const found = await repo.byAddress(tx, country, email);
        const change = subscribed
          ? {
              userId: actor.userId,
              locale: actor.preferredLocale,
              confirmedAt: found?.confirmedAt ?? new Date(),
              unsubscribedAt: null,
            }
          : { unsubscribedAt: found?.unsubscribedAt ?? new Date() };
        if (found) {
          if (isActive(found) !== subscribed) await repo.update(tx, found.id, change);
        } else if (subscribed)
          await repo.insert(tx, {
            countryCode: country,
            email,
            tokenHash: newToken().hash,
            ...change,
            locale: actor.preferredLocale,
          });
        await recordAudit(tx, actor, {
          organisationId: actor.memberships[0]?.organisationId ?? null,
          action: subscribed ? 'bulletin.subscribe' : 'bulletin.unsubscribe',
          entityType: 'bulletin_subscription',
          entityId: found?.id ?? null,
        });
      });
      return { country, subscribed };
    },
  };
}
