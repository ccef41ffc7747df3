import { describe, expect, it } from 'vitest';
import { latinTransliterators } from '../platform/i18n/transliterate';
import { countryPackSchema, countryPacks, findCountryPack } from './packs';

const cyrillic = /\p{Script=Cyrillic}/u;

describe('country packs', () => {
  it('load and validate both countries', () => {
    expect(countryPacks.map((p) => p.code)).toEqual(['RS', 'BG']);
    expect(findCountryPack('RS')).toMatchObject({
      name: 'Србија',
      nameLatin: 'Srbija',
      defaultLocale: 'sr-Cyrl',
    });
    expect(findCountryPack('BG')).toMatchObject({
      name: 'България',
      nameLatin: 'Bulgaria',
      defaultLocale: 'bg',
    });
  });

  it('hold Serbia’s 29 districts and the City of Belgrade, and Bulgaria’s 28 oblasts', () => {
    const rs = findCountryPack('RS');
    const bg = findCountryPack('BG');
    expect(rs?.regions).toHaveLength(30);
    expect(bg?.regions).toHaveLength(28);
    expect(rs?.regions.find((r) => r.code === 'RS-00')).toMatchObject({ name: 'Град Београд' });
    expect(rs?.regions.find((r) => r.code === 'RS-18')).toMatchObject({
      name: 'Рашки управни округ',
      nameLatin: 'Raški upravni okrug',
    });
    expect(bg?.regions.find((r) => r.code === 'BG-21')).toMatchObject({
      name: 'Смолян',
      nameLatin: 'Smolyan',
    });
  });

  it('write every Latin name in Latin letters, as the pack’s romanisation gives it', () => {
    for (const pack of countryPacks) {
      const toLatin = latinTransliterators[pack.transliteration];
      for (const region of pack.regions) {
        expect(region.nameLatin).not.toMatch(cyrillic);
        expect(region.nameLatin, region.code).toBe(toLatin(region.name));
      }
    }
  });

  it('use unique region codes under the country’s ISO code', () => {
    for (const p of countryPacks) {
      expect(new Set(p.regions.map((r) => r.code)).size).toBe(p.regions.length);
      for (const r of p.regions) expect(r.code.startsWith(`${p.code}-`)).toBe(true);
    }
  });

  it('keep keys added later and reject a broken pack', () => {
    const rs = findCountryPack('RS');
    expect(countryPackSchema.parse({ ...rs, titles: [{ code: 'A' }] })).toHaveProperty('titles');
    expect(countryPackSchema.safeParse({ ...rs, nameLatin: 'Србија' }).success).toBe(false);
    expect(countryPackSchema.safeParse({ ...rs, defaultLocale: 'bg' }).success).toBe(false);
    expect(
      countryPackSchema.safeParse({
        ...rs,
        regions: [...(rs?.regions ?? []), { code: 'RS-18', name: 'x', nameLatin: 'x' }],
      }).success,
    ).toBe(false);
  });
});
