import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A confirmation token: random, mailed once, stored only as its hash (like session tokens). */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The unsubscribe token of a subscription: its id and an HMAC of it. Every bulletin must carry a
 * working link, but the stored token is only a hash; deriving the link from the id (rather than
 * rotating the stored hash on each send) keeps the links of older bulletins working too.
 */
export const unsubscribeToken = (secret: string, subscriptionId: string) =>
  `${subscriptionId}.${createHmac('sha256', secret).update(`unsubscribe:${subscriptionId}`).digest('base64url')}`;

/** The subscription an unsubscribe token names, if this server signed it. */
export function subscriptionOf(secret: string, token: string): string | null {
  const [id, signature] = token.split('.');
  if (!id || !signature || !/^[0-9a-f-]{36}$/.test(id)) return null;
  const given = Buffer.from(token);
  const expected = Buffer.from(unsubscribeToken(secret, id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
