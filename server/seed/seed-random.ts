/**
 * Deterministic randomness for the seeds: the same seed builds the same names, trees, jobs and
 * careers every time, so a demo or a benchmark can be reproduced.
 */
export type Random = () => number;

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable seed from a text (FNV-1a), so each municipality has its own sequence. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const pickFrom = <T>(list: readonly T[], random: Random): T =>
  list[Math.floor(random() * list.length)] as T;

/** A whole number from `min` to `max`, both included. */
export const intBetween = (min: number, max: number, random: Random): number =>
  min + Math.floor(random() * (max - min + 1));

export const chance = (p: number, random: Random): boolean => random() < p;

/** One of `list`, each as likely as its weight. */
export function weighted<T>(list: readonly (readonly [T, number])[], random: Random): T {
  const total = list.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [item, w] of list) {
    r -= w;
    if (r < 0) return item;
  }
  return (list[list.length - 1] as readonly [T, number])[0];
}

export function shuffled<T>(list: readonly T[], random: Random): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
