import type { ResolvedSession } from '../../platform/http/auth-hooks';

const maxEntries = 20_000;

/**
 * Resolved sessions kept for a few seconds, so a request does not pay a database transaction just
 * to learn who is asking. Changes to a user in this process drop their entries at once; other
 * server processes see a change after at most `ttlMs` (SESSION_CACHE_SECONDS).
 */
export function createSessionCache(ttlMs: number) {
  const entries = new Map<string, { at: number; value: ResolvedSession }>();
  return {
    get(digest: string): ResolvedSession | undefined {
      const hit = entries.get(digest);
      if (!hit) return undefined;
      if (Date.now() - hit.at < ttlMs) return hit.value;
      entries.delete(digest);
      return undefined;
    },
    set(digest: string, value: ResolvedSession) {
      if (ttlMs <= 0) return;
      if (entries.size >= maxEntries) entries.clear();
      entries.set(digest, { at: Date.now(), value });
    },
    forget(digest: string) {
      entries.delete(digest);
    },
    forgetUser(userId: string) {
      for (const [digest, { value }] of entries) if (value.actor.userId === userId) entries.delete(digest);
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
