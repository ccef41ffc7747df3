import { describe, expect, it } from 'vitest';
import { certificateCodeParams } from '../../../contracts/learning-certificates';
import { crockford, newCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are the prefix and two groups of four Crockford symbols, accepted by the public lookup', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode('RS');
      expect(code).toMatch(/^RS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(certificateCodeParams.safeParse({ code }).success).toBe(true);
    }
  });

  it('never use I, L, O or U and draw every symbol', () => {
    expect(crockford).toHaveLength(32);
    expect(crockford).not.toMatch(/[ILOU]/);
    const seen = new Set(
      Array.from({ length: 400 }, () => newCertificateCode('BG').replace(/^BG-|-/g, '')).join(''),
    );
    expect(seen.size).toBe(32);
  });
});
