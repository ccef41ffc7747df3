import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lt } from 'drizzle-orm';
import type { PowChallenge, PowSolution } from '../../../contracts/news';
import type { Tx } from '../../db/client';
import { invalid } from '../errors';
import { spentChallenges } from './proof-of-work.tables';

/** About 65 000 hashes on average: a second or two in a browser (Web Crypto), costly for a spammer in bulk. */
export const defaultDifficulty = 16;
const lifetimeMs = 10 * 60_000;

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export const powDigest = (challenge: string, nonce: string) =>
  createHash('sha256')
    .update(challenge + nonce)
    .digest();

export type ProofOfWork = ReturnType<typeof createProofOfWork>;

/**
 * Stateless challenges: `v1.<random>.<expiry ms>.<difficulty>.<HMAC>`, so any instance checks one
 * without storing it; only answered ones are stored (in `spent_challenges`) until they expire.
 */
export function createProofOfWork({
  secret,
  difficulty = defaultDifficulty,
  now = () => Date.now(),
}: {
  secret: string;
  difficulty?: number;
  now?: () => number;
}) {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

  /** The parts of a challenge this server signed, or null for anything else. */
  function parse(challenge: string): { expires: number; difficulty: number } | null {
    const parts = challenge.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') return null;
    const signature = Buffer.from(parts[4] ?? '');
    const expected = Buffer.from(sign(parts.slice(0, 4).join('.')));
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
    const expires = Number(parts[2]);
    const bits = Number(parts[3]);
    return Number.isSafeInteger(expires) && Number.isInteger(bits) ? { expires, difficulty: bits } : null;
  }

  return {
    issue(): PowChallenge {
      const expires = now() + lifetimeMs;
      const payload = `v1.${randomBytes(16).toString('base64url')}.${expires}.${difficulty}`;
      return {
        challenge: `${payload}.${sign(payload)}`,
        difficulty,
        expiresAt: new Date(expires).toISOString(),
      };
    },

    /** Refuses (400 naming `proof`) a forged, expired, unsolved or already used challenge. */
    async verifyProof(tx: Tx, solution: PowSolution): Promise<void> {
      const parsed = parse(solution.challenge);
      if (!parsed) throw invalid('proof', 'proof_invalid');
      if (parsed.expires <= now()) throw invalid('proof', 'proof_expired');
      if (leadingZeroBits(powDigest(solution.challenge, solution.nonce)) < parsed.difficulty)
        throw invalid('proof', 'proof_invalid');
      // Now and then, forget the challenges that can no longer be replayed anyway.
      if (Math.random() < 0.05)
        await tx.delete(spentChallenges).where(lt(spentChallenges.expiresAt, new Date(now())));
      // The key refuses a second use, even of two requests racing with the same answer.
      const spent = await tx
        .insert(spentChallenges)
        .values({ challenge: solution.challenge, expiresAt: new Date(parsed.expires) })
        .onConflictDoNothing()
        .returning({ challenge: spentChallenges.challenge });
      if (!spent.length) throw invalid('proof', 'proof_used');
    },
  };
}

/** Finds a nonce for a challenge (tests and scripts; the browser has its own). */
export function solveChallenge({ challenge, difficulty }: Pick<PowChallenge, 'challenge' | 'difficulty'>) {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(powDigest(challenge, nonce)) >= difficulty) return { challenge, nonce };
  }
}
