import type { Locale, Role } from '../../../contracts/access';
import type { Me } from '../../../contracts/identity';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, invalid } from '../../platform/errors';
import type { ResolvedSession, SessionInfo } from '../../platform/http/auth-hooks';
import type { Mailer } from '../../platform/mail/mailer';
import { identityRepo as repo, type UserRow } from './identity.repo';
import { digestOf, hashPassword, newSecret, verifyPassword } from './passwords';
import type { SessionCache } from './session-cache';

const maxFailedLogins = 5;
const lockMs = 15 * 60_000;
const touchEveryMs = 60_000;
export const resetTokenTtlMs = 60 * 60_000;

const invalidCredentials = () => new AppError(401, 'invalid_credentials');

export async function actorFor(tx: Tx, user: UserRow, requestId: string): Promise<Actor> {
  const memberships = await repo.membershipsOf(tx, [user.id]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale as Locale,
    preferredLocale: user.locale as Locale,
    requestId,
    memberships: memberships.map(({ userId: _, ...m }) => ({ ...m, role: m.role as Role })),
  };
}

/** `GET /me` from what the session lookup already loaded: no further query. */
function meOf(actor: Actor, csrfToken: string, mustChangePassword: boolean): Me {
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      locale: actor.preferredLocale,
      mustChangePassword,
    },
    memberships: [...actor.memberships],
    permissions: access.permissionsOf(actor),
    csrfToken,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: {
  tenancy: Tenancy;
  config: Config;
  mailer: Mailer;
  sessions: SessionCache;
}) {
  const { tenancy, config, mailer, sessions } = deps;
  const sessionTtlMs = config.sessionTtlHours * 3_600_000;

  return {
    /** Same answer and cost for an unknown e-mail, a wrong password and a locked account. */
    async login(emailInput: string, password: string, requestId: string): Promise<{ token: string; me: Me }> {
      const email = emailInput.trim().toLowerCase();
      const user = await tenancy.run(systemScope, (tx) => repo.findUserByEmail(tx, email));
      const ok = await verifyPassword(user?.passwordHash, password);
      if (!user) throw invalidCredentials();
      const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
      if (!ok || locked || user.status !== 'active') {
        if (!ok && !locked) {
          const failed = user.failedLogins + 1;
          await tenancy.run(systemScope, (tx) =>
            repo.updateUser(tx, user.id, {
              failedLogins: failed >= maxFailedLogins ? 0 : failed,
              lockedUntil: failed >= maxFailedLogins ? new Date(Date.now() + lockMs) : user.lockedUntil,
            }),
          );
        }
        throw invalidCredentials();
      }
      const { secret, digest } = newSecret();
      const csrfToken = newSecret().secret;
      return tenancy.run(systemScope, async (tx) => {
        const updated = await repo.updateUser(tx, user.id, {
          failedLogins: 0,
          lockedUntil: null,
          lastLoginAt: new Date(),
        });
        await repo.insertSession(tx, {
          id: digest,
          userId: user.id,
          csrfToken,
          expiresAt: new Date(Date.now() + sessionTtlMs),
        });
        const actor = await actorFor(tx, updated, requestId);
        return { token: secret, me: meOf(actor, csrfToken, updated.mustChangePassword) };
      });
    },

    async resolve(token: string, requestId: string): Promise<ResolvedSession | null> {
      const digest = digestOf(token);
      const cached = sessions.get(digest);
      if (cached) return { ...cached, actor: { ...cached.actor, requestId } };
      const resolved = await tenancy.run(systemScope, async (tx) => {
        const found = await repo.findLiveSession(tx, digest);
        if (!found) return null;
        const { session, user } = found;
        if (Date.now() - session.lastSeenAt.getTime() > touchEveryMs)
          await repo.touchSession(tx, session.id, new Date(Date.now() + sessionTtlMs));
        const info: SessionInfo = {
          id: session.id,
          csrfToken: session.csrfToken,
          mustChangePassword: user.mustChangePassword,
        };
        return { actor: await actorFor(tx, user, requestId), session: info, locale: user.locale as Locale };
      });
      if (resolved) sessions.set(digest, resolved);
      return resolved;
    },

    async logout(session: SessionInfo): Promise<void> {
      await tenancy.run(systemScope, (tx) => repo.deleteSession(tx, session.id));
      sessions.forget(session.id);
    },

    me(actor: Actor, session: SessionInfo): Me {
      return meOf(actor, session.csrfToken, session.mustChangePassword);
    },

    async updateMe(
      actor: Actor,
      session: SessionInfo,
      patch: { name?: string; locale?: Locale },
    ): Promise<Me> {
      const me = await tenancy.run(access.scopeOf(actor), async (tx) => {
        const before = await repo.findUser(tx, actor.userId);
        if (!before) throw new AppError(401, 'unauthenticated');
        const user = await repo.updateUser(tx, actor.userId, patch);
        await recordAudit(tx, actor, {
          organisationId: null,
          action: 'user.update_self',
          entityType: 'user',
          entityId: actor.userId,
          before: { name: before.name, locale: before.locale },
          after: { name: user.name, locale: user.locale },
        });
        return meOf(
          { ...actor, name: user.name, preferredLocale: user.locale as Locale },
          session.csrfToken,
          user.mustChangePassword,
        );
      });
      sessions.forgetUser(actor.userId);
      return me;
    },

    async changePassword(actor: Actor, session: SessionInfo, current: string, next: string): Promise<Me> {
      const stored = await tenancy.run(access.scopeOf(actor), (tx) => repo.findUser(tx, actor.userId));
      if (!stored || !(await verifyPassword(stored.passwordHash, current)))
        throw invalid('currentPassword', 'wrong_password');
      if (current === next) throw invalid('newPassword', 'same_as_current');
      const passwordHash = await hashPassword(next);
      const me = await tenancy.run(access.scopeOf(actor), async (tx) => {
        await repo.updateUser(tx, actor.userId, { passwordHash, mustChangePassword: false });
        await recordAudit(tx, actor, {
          organisationId: null,
          action: 'user.password_change',
          entityType: 'user',
          entityId: actor.userId,
        });
        return meOf(actor, session.csrfToken, false);
      });
      // Other devices signed in with the old password are signed out.
      await tenancy.run(systemScope, (tx) => repo.deleteSessionsOf(tx, actor.userId, session.id));
      sessions.forgetUser(actor.userId);
      return me;
    },

    /** Always succeeds: whether the e-mail is known is nobody's business. */
    async requestPasswordReset(emailInput: string): Promise<void> {
      const email = emailInput.trim().toLowerCase();
      await tenancy.run(systemScope, async (tx) => {
        const user = await repo.findUserByEmail(tx, email);
        if (user?.status !== 'active') return;
        const { secret, digest } = newSecret();
        await repo.insertToken(tx, {
          id: digest,
          userId: user.id,
          purpose: 'reset',
          expiresAt: new Date(Date.now() + resetTokenTtlMs),
        });
        await mailer.enqueue(tx, {
          to: user.email,
          locale: user.locale as Locale,
          template: 'password_reset',
          organisationId: null,
          params: {
            name: user.name,
            link: `${config.publicUrl}/reset-password?token=${secret}&lang=${user.locale}`,
          },
        });
      });
      void mailer.deliverDue();
    },

    /** Sets a password from an e-mailed reset or invitation link, and signs out everywhere. */
    async resetPassword(token: string, newPassword: string): Promise<void> {
      const found = await tenancy.run(systemScope, (tx) => repo.findUsableToken(tx, digestOf(token)));
      if (!found) throw invalid('token', 'invalid_token');
      const passwordHash = await hashPassword(newPassword);
      await tenancy.run(systemScope, async (tx) => {
        if (!(await repo.findUsableToken(tx, found.id))) throw invalid('token', 'invalid_token');
        await repo.updateUser(tx, found.userId, {
          passwordHash,
          mustChangePassword: false,
          failedLogins: 0,
          lockedUntil: null,
        });
        await repo.useTokensOf(tx, found.userId);
        await repo.deleteSessionsOf(tx, found.userId);
        await recordAudit(tx, null, {
          organisationId: null,
          action: found.purpose === 'invite' ? 'user.invitation_accept' : 'user.password_reset',
          entityType: 'user',
          entityId: found.userId,
        });
      });
      sessions.forgetUser(found.userId);
    },
  };
}
