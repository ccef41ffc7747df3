import { describe, expect, it } from 'vitest';
import { countryPacks } from './packs';

describe('country packs', () => {
  it('load and validate both countries', () => {
    expect(countryPacks.map((p) => p.code)).toEqual(['RS', 'BG']);
  });
  it('hold Serbia’s 29 districts and the City of Belgrade, and Bulgaria’s 28 oblasts', () => {
    const [rs, bg] = countryPacks;
    expect(rs?.regions).toHaveLength(30);
    expect(bg?.regions).toHaveLength(28);
    expect(rs?.regions.find((r) => r.code === 'RS-18')).toMatchObject({ nameLatin: 'Raški upravni okrug' });
    expect(bg?.regions.find((r) => r.code === 'BG-21')).toMatchObject({
      name: 'Смолян',
      nameLatin: 'Smolyan',
    });
  });
  it('use unique region codes', () => {
    for (const p of countryPacks) expect(new Set(p.regions.map((r) => r.code)).size).toBe(p.regions.length);
  });
});
