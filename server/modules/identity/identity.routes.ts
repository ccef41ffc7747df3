import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, okSchema } from '../../../contracts/common';
import {
  invitationSchema,
  loginSchema,
  membershipCreateSchema,
  membershipParams,
  meSchema,
  meUpdateSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  userListQuery,
  userPageSchema,
  userSchema,
  userUpdateSchema,
} from '../../../contracts/identity';
import type { Config } from '../../config';
import { AppError } from '../../platform/errors';
import { actorOf, type SessionInfo, sessionCookie } from '../../platform/http/auth-hooks';
import type { AuthService } from './auth.service';
import type { UsersService } from './users.service';

function sessionOf(req: { session: SessionInfo | null }): SessionInfo {
  if (!req.session) throw new AppError(401, 'unauthenticated');
  return req.session;
}

export function identityRoutes(app: FastifyInstance, auth: AuthService, users: UsersService, config: Config) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identity'];
  const cookie = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl.startsWith('https://'),
    path: '/',
    maxAge: config.sessionTtlHours * 3600,
  };
  const loginLimit = { max: config.loginRateLimitMax, timeWindow: '1 minute' };

  r.post('/api/v1/auth/login', {
    config: { access: 'public', rateLimit: loginLimit },
    schema: { tags, body: loginSchema, response: { 200: meSchema } },
    handler: async (req, reply) => {
      const { token, me } = await auth.login(req.body.email, req.body.password, req.id);
      return reply.setCookie(sessionCookie, token, cookie).send(me);
    },
  });
  r.post('/api/v1/auth/logout', {
    config: { access: 'session', duringPasswordChange: true },
    schema: { tags, response: { 200: okSchema } },
    handler: async (req, reply) => {
      await auth.logout(sessionOf(req));
      return reply.clearCookie(sessionCookie, { path: '/' }).send({ ok: true as const });
    },
  });
  r.post('/api/v1/auth/password-reset-request', {
    config: { access: 'public', rateLimit: loginLimit },
    schema: { tags, body: passwordResetRequestSchema, response: { 202: okSchema } },
    handler: async (req, reply) => {
      await auth.requestPasswordReset(req.body.email);
      return reply.status(202).send({ ok: true as const });
    },
  });
  r.post('/api/v1/auth/password-reset', {
    config: { access: 'public', rateLimit: loginLimit },
    schema: { tags, body: passwordResetSchema, response: { 200: okSchema } },
    handler: async (req) => {
      await auth.resetPassword(req.body.token, req.body.newPassword);
      return { ok: true as const };
    },
  });

  r.get('/api/v1/me', {
    config: { access: 'session', duringPasswordChange: true },
    schema: { tags, response: { 200: meSchema } },
    handler: (req) => auth.me(actorOf(req), sessionOf(req)),
  });
  r.patch('/api/v1/me', {
    config: { access: 'session', duringPasswordChange: true },
    schema: { tags, body: meUpdateSchema, response: { 200: meSchema } },
    handler: (req) => auth.updateMe(actorOf(req), sessionOf(req), req.body),
  });
  r.post('/api/v1/me/password', {
    config: { access: 'session', duringPasswordChange: true, rateLimit: loginLimit },
    schema: { tags, body: passwordChangeSchema, response: { 200: meSchema } },
    handler: (req) =>
      auth.changePassword(actorOf(req), sessionOf(req), req.body.currentPassword, req.body.newPassword),
  });

  r.get('/api/v1/users', {
    config: { access: 'users.read' },
    schema: { tags, querystring: userListQuery, response: { 200: userPageSchema } },
    handler: (req) => users.list(actorOf(req), req.query),
  });
  r.get('/api/v1/users/:id', {
    config: { access: 'users.read' },
    schema: { tags, params: idParams, response: { 200: userSchema } },
    handler: (req) => users.get(actorOf(req), req.params.id),
  });
  r.patch('/api/v1/users/:id', {
    config: { access: 'users.manage' },
    schema: { tags, params: idParams, body: userUpdateSchema, response: { 200: userSchema } },
    handler: (req) => users.update(actorOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/users/invitations', {
    config: { access: 'users.manage' },
    schema: { tags, body: invitationSchema, response: { 201: userSchema } },
    handler: async (req, reply) => reply.status(201).send(await users.invite(actorOf(req), req.body)),
  });
  r.post('/api/v1/users/:id/memberships', {
    config: { access: 'users.manage' },
    schema: { tags, params: idParams, body: membershipCreateSchema, response: { 200: userSchema } },
    handler: (req) => users.addMembership(actorOf(req), req.params.id, req.body),
  });
  r.delete('/api/v1/users/:id/memberships/:membershipId', {
    config: { access: 'users.manage' },
    schema: { tags, params: membershipParams, response: { 200: userSchema } },
    handler: (req) => users.removeMembership(actorOf(req), req.params.id, req.params.membershipId),
  });
}
