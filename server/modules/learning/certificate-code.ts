import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U, which are misread or spell words. */
export const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A certificate code such as `RS-7F3K-9QPA`: the country pack's prefix and eight random symbols
 * (40 bits), read aloud or typed from paper without ambiguity. 256 is a multiple of 32, so masking
 * a random byte keeps every symbol equally likely.
 */
export function newCertificateCode(prefix: string): string {
  const symbols = [...randomBytes(8)].map((b) => crockford[b & 31]).join('');
  return `${prefix}-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}
