import { timingSafeEqual } from 'node:crypto';
import '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Locale, Permission } from '../../../contracts/access';
import type { Actor } from '../access/actor';
import { can } from '../access/policy';
import { AppError } from '../errors';
import { resolveLocale } from '../i18n/i18n';

export type RouteAccess = 'public' | 'session' | Permission;

export type SessionInfo = { id: string; csrfToken: string; mustChangePassword: boolean };
export type ResolvedSession = { actor: Actor; session: SessionInfo; locale: Locale };
export type SessionResolver = (token: string, requestId: string) => Promise<ResolvedSession | null>;

export const sessionCookie = 'kadar_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api/v1 route states who may call it; registration fails otherwise. */
    access?: RouteAccess;
    /** Reachable while the user must still change an admin-set password. */
    duringPasswordChange?: boolean;
  }
  interface FastifyInstance {
    routeAccess: RouteAccessMap;
  }
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
    session: SessionInfo | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The access requirement of each API route, for the permission snapshot test and the docs. */
export type RouteAccessMap = Map<string, RouteAccess>;

export function registerAuthHooks(app: FastifyInstance, resolve: SessionResolver, accessMap: RouteAccessMap) {
  app.decorateRequest('locale', 'en');
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access requirement`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') accessMap.set(`${method} ${route.url}`, access);
  });

  app.addHook('onRequest', async (req) => {
    const header = req.headers['accept-language'];
    req.locale = resolveLocale(header);
    const token = req.cookies[sessionCookie];
    if (!token) return;
    const resolved = await resolve(token, req.id);
    if (!resolved) return;
    if (!header) req.locale = resolved.locale;
    // The actor reads this response in the request's language, whatever their profile says.
    req.actor = { ...resolved.actor, locale: req.locale };
    req.session = resolved.session;
  });

  // Before validation: who may not use a route learns nothing about its input rules.
  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config;
    const access = config.access;
    if (!access || access === 'public') return;
    if (!req.actor || !req.session) throw new AppError(401, 'unauthenticated');
    if (!safeMethods.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken))
        throw new AppError(403, 'csrf_failed');
    }
    if (req.session.mustChangePassword && !config.duringPasswordChange) {
      throw new AppError(403, 'password_change_required');
    }
    if (access !== 'session' && !can(req.actor, access))
      throw new AppError(403, 'forbidden', { permission: access });
  });
}

/** The authenticated actor of a route whose access is not 'public'. */
export function actorOf(req: { actor: Actor | null }): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated');
  return req.actor;
}
