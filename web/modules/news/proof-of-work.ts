import type { PowChallenge, PowSolution } from '../../../contracts/news';

/**
 * Hashes per batch: hashed side by side, then the page gets the main thread back (to repaint and move
 * the progress bar) before the next batch.
 */
const batchSize = 1000;

function leadingZeroBits(digest: ArrayBuffer): number {
  let bits = 0;
  for (const byte of new Uint8Array(digest)) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Finds a nonce such that SHA-256(challenge + nonce) starts with `difficulty` zero bits. `onProgress`
 * gets the share of the expected work done (0–1; luck decides the real amount, so it stays below 1
 * until the answer is found).
 */
export async function solveChallenge(
  { challenge, difficulty }: PowChallenge,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<PowSolution> {
  const encoder = new TextEncoder();
  const expected = 2 ** difficulty;
  for (let start = 0; ; start += batchSize) {
    signal?.throwIfAborted();
    const nonces = Array.from({ length: batchSize }, (_, i) => String(start + i));
    const digests = await Promise.all(
      nonces.map((nonce) => crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}${nonce}`))),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(digest) >= difficulty);
    if (found >= 0) {
      onProgress(1);
      return { challenge, nonce: nonces[found] as string };
    }
    onProgress(Math.min(0.95, 1 - Math.exp(-(start + batchSize) / expected)));
    await nextTask();
  }
}
