/**
 * Counted indicators kept between requests. Counting a country's year means reading about a
 * million places, far more than the dashboard's time budget (p95 ≤ 150 ms), while the figures only
 * move when a session changes (completion sets its `updated_at`). So each entry carries the
 * fingerprint of the year's sessions (their number and newest change, read through the sessions
 * index in a few milliseconds) and is counted again when it differs, or after `ttlMs` at the
 * latest (ratings arrive without touching the session). Concurrent readers share one count.
 */
export function createIndicatorCache<T>({ ttlMs = 5 * 60_000, size = 200 } = {}) {
  const entries = new Map<string, { fingerprint: string; at: number; value: Promise<T> }>();
  return {
    get(key: string, fingerprint: string, count: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.fingerprint === fingerprint && Date.now() - hit.at < ttlMs) return hit.value;
      const value = count();
      entries.delete(key);
      entries.set(key, { fingerprint, at: Date.now(), value });
      // A failed count is not kept.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      // The oldest entries go first (a Map keeps insertion order).
      while (entries.size > size) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
