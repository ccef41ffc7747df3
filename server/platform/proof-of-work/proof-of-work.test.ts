import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../db/client';
import { createTenancy, systemScope, type Tenancy } from '../../db/tenancy';
import { openDatabase } from '../../test/test-app';
import { AppError } from '../errors';
import { createProofOfWork, leadingZeroBits, powDigest, solveChallenge } from './proof-of-work';
import { spentChallenges } from './proof-of-work.tables';

let conn: Connection;
let tenancy: Tenancy;
const secret = 'a test secret that is long enough';

beforeAll(async () => {
  conn = await openDatabase();
  tenancy = createTenancy(conn);
});
afterAll(() => conn.close());

/** The field code of the refusal, or 'accepted'. */
const outcome = (pow: ReturnType<typeof createProofOfWork>, solution: { challenge: string; nonce: string }) =>
  tenancy
    .run(systemScope, (tx) => pow.verifyProof(tx, solution))
    .then(
      () => 'accepted',
      (err: unknown) => {
        if (!(err instanceof AppError)) throw err;
        expect(err.fields[0]?.field).toBe('proof');
        return err.fields[0]?.code;
      },
    );

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Buffer.from([0, 0x0f, 0xff]))).toBe(12);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0, 0]))).toBe(16);
  });

  it('accepts a solved challenge once, then refuses it as used', async () => {
    const pow = createProofOfWork({ secret, difficulty: 8 });
    const issued = pow.issue();
    expect(issued.difficulty).toBe(8);
    expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    const solution = solveChallenge(issued);
    expect(await outcome(pow, solution)).toBe('accepted');
    expect(await outcome(pow, solution)).toBe('proof_used');
    const stored = await tenancy.run(systemScope, (tx) => tx.select().from(spentChallenges));
    expect(stored.map((s) => s.challenge)).toContain(issued.challenge);
  });

  it('refuses a wrong nonce, a forged or another server’s challenge, and an expired one', async () => {
    const pow = createProofOfWork({ secret, difficulty: 12 });
    const issued = pow.issue();
    const solved = solveChallenge(issued);
    let wrong = 0;
    while (leadingZeroBits(powDigest(issued.challenge, String(wrong))) >= 12) wrong += 1;
    expect(await outcome(pow, { challenge: issued.challenge, nonce: String(wrong) })).toBe('proof_invalid');
    // Easier difficulty written into the challenge: the signature no longer matches.
    const forged = issued.challenge.replace('.12.', '.1.');
    expect(await outcome(pow, { challenge: forged, nonce: '0' })).toBe('proof_invalid');
    const other = createProofOfWork({ secret: 'another secret, just as long as it is', difficulty: 12 });
    expect(await outcome(other, solved)).toBe('proof_invalid');
    const later = createProofOfWork({ secret, difficulty: 12, now: () => Date.now() + 11 * 60_000 });
    expect(await outcome(later, solved)).toBe('proof_expired');
    expect(await outcome(pow, solved)).toBe('accepted');
  });
});
