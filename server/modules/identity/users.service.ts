import type { Locale, OrgKind, Role } from '../../../contracts/access';
import type { Invitation, MembershipCreate, User, UserListQuery } from '../../../contracts/identity';
import type { Config } from '../../config';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import { systemScope, type Tenancy } from '../../db/tenancy';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { type Reach, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import type { Mailer } from '../../platform/mail/mailer';
import { organisationsRepo } from '../organisations/organisations.repo';
import { type MembershipRow, identityRepo as repo, type UserRow } from './identity.repo';
import { hashPassword, newSecret } from './passwords';
import type { SessionCache } from './session-cache';

const inviteTtlMs = 7 * 24 * 3_600_000;

function toUser(row: UserRow, memberships: MembershipRow[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Locale,
    status: row.status as User['status'],
    hasPassword: row.passwordHash !== null,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    memberships: memberships.filter((m) => m.userId === row.id).map(({ userId: _, ...m }) => m),
  };
}

const userSearch = (name: string, email: string) => foldForSearch(`${name} ${email}`);

export type UsersService = ReturnType<typeof createUsersService>;

/** Every change here that affects who a user is or what they may do drops their cached sessions. */
export function createUsersService(deps: {
  tenancy: Tenancy;
  config: Config;
  mailer: Mailer;
  sessions: SessionCache;
}) {
  const { tenancy, config, mailer, sessions } = deps;
  const scope = access.scopeOf;

  /** The user as the actor may see them: 404 unless one of their memberships is within reach. */
  async function visibleUser(tx: Tx, id: string, reach: Reach) {
    const row = await repo.findUser(tx, id);
    const memberships = row ? await repo.membershipsOf(tx, [id], reach) : [];
    if (!row || (!reach.all && memberships.length === 0)) throw notFound('user');
    return toUser(row, memberships);
  }

  /** The organisation in which the actor may give (or take away) `role`; 404/403/400 otherwise. */
  async function grantableOrg(tx: Tx, actor: Actor, organisationId: string, role: Role) {
    const org = await organisationsRepo.find(tx, reachOf(actor, 'users.manage'), organisationId);
    if (!org) throw notFound('organisation');
    const target = { organisationId: org.id, countryCode: org.countryCode };
    if (!access.canGrant(actor, role, target, org.kind as OrgKind)) {
      if (access.can(actor, 'users.manage', target)) throw invalid('role', 'role_not_allowed', { role });
      throw new AppError(403, 'forbidden', { permission: 'users.manage' });
    }
    return org;
  }

  /** Checks a new membership: the role may be given there, and a manager's unit is in that organisation. */
  async function checkGrant(tx: Tx, actor: Actor, input: MembershipCreate) {
    const org = await grantableOrg(tx, actor, input.organisationId, input.role);
    if (input.role === 'manager' && !input.orgUnitId) throw invalid('orgUnitId', 'required');
    if (input.orgUnitId) {
      const unit = await organisationsRepo.findUnit(tx, reachOf(actor, 'users.manage'), input.orgUnitId);
      if (!unit || unit.unit.organisationId !== org.id) throw invalid('orgUnitId', 'unknown_org_unit');
    }
    return org;
  }

  return {
    async list(actor: Actor, query: UserListQuery) {
      access.require(actor, 'users.read');
      const reach = reachOf(actor, 'users.read');
      const after = decodeCursor(query.cursor, 2) as [string, string] | null;
      return tenancy.read(scope(actor), async (tx) => {
        const rows = await repo.listUsers(tx, reach, query, actor.locale, after);
        const page = pageOf(rows, query.limit, (r) => [r.name, r.id]);
        const memberships = await repo.membershipsOf(
          tx,
          page.items.map((u) => u.id),
          reach,
        );
        return { items: page.items.map((u) => toUser(u, memberships)), nextCursor: page.nextCursor };
      });
    },

    async get(actor: Actor, id: string): Promise<User> {
      access.require(actor, 'users.read');
      return tenancy.run(scope(actor), (tx) => visibleUser(tx, id, reachOf(actor, 'users.read')));
    },

    async invite(actor: Actor, input: Invitation): Promise<User> {
      access.require(actor, 'users.manage');
      const email = input.email.trim().toLowerCase();
      const existing = await tenancy.run(systemScope, (tx) => repo.findUserByEmail(tx, email));
      const passwordHash = input.initialPassword ? await hashPassword(input.initialPassword) : null;
      const user = await tenancy.run(scope(actor), async (tx) => {
        const org = await checkGrant(tx, actor, input);
        const userId = existing?.id ?? crypto.randomUUID();
        if (existing) {
          const held = await repo.membershipsOf(tx, [userId]);
          if (held.some((m) => m.organisationId === org.id && m.role === input.role))
            throw conflict('membership_exists');
        } else {
          await repo.insertUser(tx, {
            id: userId,
            email,
            name: input.name,
            locale: input.locale,
            passwordHash,
            mustChangePassword: passwordHash !== null,
            search: userSearch(input.name, email),
          });
        }
        await repo.insertMembership(tx, {
          userId,
          organisationId: org.id,
          role: input.role,
          orgUnitId: input.orgUnitId,
        });
        if (!existing) {
          const { secret, digest } = newSecret();
          if (!passwordHash)
            await repo.insertToken(tx, {
              id: digest,
              userId,
              purpose: 'invite',
              expiresAt: new Date(Date.now() + inviteTtlMs),
            });
          await mailer.enqueue(tx, {
            to: email,
            locale: input.locale,
            template: passwordHash ? 'account_created' : 'invitation',
            organisationId: org.id,
            params: {
              name: input.name,
              inviter: actor.name,
              organisation: readsLatin(input.locale) ? org.nameLatin : org.name,
              link: passwordHash
                ? `${config.publicUrl}/login?lang=${input.locale}`
                : `${config.publicUrl}/reset-password?token=${secret}&invite=1&lang=${input.locale}`,
            },
          });
        }
        const out = await visibleUser(tx, userId, reachOf(actor, 'users.read'));
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: existing ? 'membership.create' : 'user.invite',
          entityType: 'user',
          entityId: userId,
          after: {
            email,
            name: out.name,
            role: input.role,
            organisationId: org.id,
            orgUnitId: input.orgUnitId,
          },
        });
        return out;
      });
      sessions.forgetUser(user.id);
      void mailer.deliverDue();
      return user;
    },

    async update(
      actor: Actor,
      id: string,
      patch: { name?: string; locale?: Locale; status?: User['status'] },
    ) {
      access.require(actor, 'users.manage');
      const reach = reachOf(actor, 'users.manage');
      // A person who also works elsewhere is changed only by someone who reaches all their organisations.
      const all = await tenancy.run(systemScope, (tx) => repo.membershipsOf(tx, [id]));
      const updated = await tenancy.run(scope(actor), async (tx) => {
        const before = await visibleUser(tx, id, reach);
        if (!reach.all && all.some((m) => !reach.orgIds.includes(m.organisationId)))
          throw new AppError(403, 'user_shared');
        if (patch.status === 'disabled' && id === actor.userId)
          throw invalid('status', 'cannot_disable_self');
        const search = patch.name ? userSearch(patch.name, before.email) : undefined;
        await repo.updateUser(tx, id, { ...patch, search });
        const after = await visibleUser(tx, id, reach);
        await recordAudit(tx, actor, {
          organisationId: before.memberships[0]?.organisationId ?? null,
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          before: { name: before.name, locale: before.locale, status: before.status },
          after: { name: after.name, locale: after.locale, status: after.status },
        });
        return after;
      });
      if (patch.status === 'disabled') await tenancy.run(systemScope, (tx) => repo.deleteSessionsOf(tx, id));
      sessions.forgetUser(id);
      return updated;
    },

    async addMembership(actor: Actor, userId: string, input: MembershipCreate): Promise<User> {
      access.require(actor, 'users.manage');
      const user = await tenancy.run(scope(actor), async (tx) => {
        const org = await checkGrant(tx, actor, input);
        const user = await repo.findUser(tx, userId);
        if (!user) throw notFound('user');
        const held = await repo.membershipsOf(tx, [userId]);
        if (held.some((m) => m.organisationId === org.id && m.role === input.role))
          throw conflict('membership_exists');
        await repo.insertMembership(tx, { userId, ...input });
        await recordAudit(tx, actor, {
          organisationId: org.id,
          action: 'membership.create',
          entityType: 'user',
          entityId: userId,
          after: input,
        });
        return visibleUser(tx, userId, reachOf(actor, 'users.read'));
      });
      sessions.forgetUser(userId);
      return user;
    },

    async removeMembership(actor: Actor, userId: string, membershipId: string): Promise<User> {
      access.require(actor, 'users.manage');
      if (userId === actor.userId) throw invalid('membershipId', 'cannot_change_own_membership');
      const updated = await tenancy.run(scope(actor), async (tx) => {
        const m = await repo.findMembership(tx, membershipId);
        if (!m || m.userId !== userId) throw notFound('membership');
        await grantableOrg(tx, actor, m.organisationId, m.role as Role);
        await repo.deleteMembership(tx, membershipId);
        await recordAudit(tx, actor, {
          organisationId: m.organisationId,
          action: 'membership.delete',
          entityType: 'user',
          entityId: userId,
          before: { organisationId: m.organisationId, role: m.role, orgUnitId: m.orgUnitId },
        });
        const user = await repo.findUser(tx, userId);
        if (!user) throw notFound('user');
        return toUser(user, await repo.membershipsOf(tx, [userId], reachOf(actor, 'users.read')));
      });
      sessions.forgetUser(userId);
      return updated;
    },
  };
}
