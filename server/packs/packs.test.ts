import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeForScore } from '../../contracts/appraisal-rules';
import { latinTransliterators } from '../platform/i18n/transliterate';
import { type CountryPack, countryPackSchema, countryPacks, findCountryPack, loadCountryPack } from './packs';

const cyrillic = /\p{Script=Cyrillic}/u;

describe('country packs', () => {
  it('load and validate both countries', () => {
    expect(countryPacks.map((p) => p.code)).toEqual(['RS', 'BG']);
    expect(findCountryPack('RS')).toMatchObject({
      name: 'Србија',
      nameLatin: 'Srbija',
      defaultLocale: 'sr-Cyrl',
      timeZone: 'Europe/Belgrade',
    });
    expect(findCountryPack('BG')).toMatchObject({
      name: 'България',
      nameLatin: 'Bulgaria',
      defaultLocale: 'bg',
      timeZone: 'Europe/Sofia',
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
    expect(countryPackSchema.safeParse({ ...rs, timeZone: 'Europe/Nowhere' }).success).toBe(false);
    expect(
      countryPackSchema.safeParse({
        ...rs,
        regions: [...(rs?.regions ?? []), { code: 'RS-18', name: 'x', nameLatin: 'x' }],
      }).success,
    ).toBe(false);
  });
});

describe('competency frameworks and appraisal rules', () => {
  const pack = (code: string): CountryPack => {
    const found = findCountryPack(code);
    if (!found) throw new Error(`no pack ${code}`);
    return found;
  };

  it('ship both countries’ frameworks and rules', () => {
    for (const p of countryPacks) {
      expect(p.competencies.length, p.code).toBeGreaterThan(0);
      expect(p.appraisal.grades, p.code).toHaveLength(5);
      for (const c of p.competencies) {
        expect(c.code.startsWith(`${p.code.toLowerCase()}_`), c.code).toBe(true);
        expect(
          c.levels.map((l) => l.level),
          c.code,
        ).toEqual([1, 2, 3, 4, 5]);
        for (const group of c.groups) {
          const count = c.indicators.filter((i) => i.group === group).length;
          expect(count, `${c.code} ${group}`).toBeGreaterThanOrEqual(3);
          expect(count, `${c.code} ${group}`).toBeLessThanOrEqual(5);
        }
      }
    }
    expect(pack('BG').competencies.every((c) => c.kind === 'core')).toBe(true);
    expect(pack('BG').appraisal.workPlan).toBe(true);
    expect(pack('RS').appraisal.workPlan).toBe(false);
  });

  it('give Serbia the seven behavioural competencies, 6 for managers and senior positions, 7 for senior only', () => {
    const behavioural = pack('RS').competencies.filter((c) => c.kind === 'behavioural');
    expect(behavioural.map((c) => c.nameLatin)).toEqual([
      'Upravljanje informacijama',
      'Upravljanje zadacima i ostvarivanje rezultata',
      'Orijentacija ka učenju i promenama',
      'Izgradnja i održavanje profesionalnih odnosa',
      'Savesnost, posvećenost i integritet',
      'Upravljanje ljudskim resursima',
      'Strateško upravljanje',
    ]);
    for (const c of behavioural.slice(0, 5)) expect(c.groups).toEqual(['executive', 'manager', 'senior']);
    expect(behavioural[5]?.groups).toEqual(['manager', 'senior']);
    expect(behavioural[6]?.groups).toEqual(['senior']);
    const general = pack('RS').competencies.filter((c) => c.kind === 'general_functional');
    expect(general.map((c) => c.code)).toEqual([
      'rs_gf_organisation',
      'rs_gf_digital',
      'rs_gf_communication',
    ]);
  });

  it('write every competency and appraisal text in the country’s script with its exact Latin form', () => {
    for (const p of countryPacks) {
      const toLatin = latinTransliterators[p.transliteration];
      const texts = [
        ...p.competencies.flatMap((c) => [c, ...c.indicators, ...c.levels]),
        p.appraisal.basis,
        ...p.appraisal.ratings,
        ...p.appraisal.grades,
      ];
      for (const t of texts) {
        expect(t.name, t.nameEn).toMatch(cyrillic);
        expect(t.nameLatin, t.name).toBe(toLatin(t.name));
        expect(t.nameEn, t.name).not.toMatch(cyrillic);
      }
    }
  });

  it('grade a score by the bands: 1 lowest in Serbia, 1 best in Bulgaria', () => {
    const rs = pack('RS').appraisal;
    expect(gradeForScore(rs, 1.49)).toBe(1);
    expect(gradeForScore(rs, 1.5)).toBe(2);
    expect(gradeForScore(rs, 4.5)).toBe(5);
    expect(rs.higherIsBetter).toBe(true);
    expect(rs.grades.find((g) => g.value === 1)?.triggers).toEqual(['extraordinary_appraisal']);
    const bg = pack('BG').appraisal;
    expect(gradeForScore(bg, 1.2)).toBe(1);
    expect(gradeForScore(bg, 4.6)).toBe(5);
    expect(bg.higherIsBetter).toBe(false);
    expect(bg.grades.find((g) => g.value === 5)?.triggers).toEqual(['extraordinary_appraisal']);
  });

  it('refuse a broken framework or rules with the field named', () => {
    const rs = pack('RS');
    const [first, second] = rs.competencies;
    if (!first || !second) throw new Error('RS ships no competencies');
    const broken = {
      ...rs,
      competencies: [
        first,
        { ...second, code: first.code },
        {
          ...first,
          code: 'rs_b7_copy',
          groups: ['senior'],
          indicators: [{ ...first.indicators[0], group: 'executive' }],
        },
      ],
      appraisal: { ...rs.appraisal, weights: { goals: 0.7, competencies: 0.4 } },
    };
    const parsed = countryPackSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'competencies.1.code',
        'competencies.2.indicators.0.group',
        'appraisal.weights',
      ]),
    );

    const dir = mkdtempSync(path.join(tmpdir(), 'kadar-pack-'));
    try {
      const file = path.join(dir, 'pack.json');
      writeFileSync(file, JSON.stringify(broken));
      expect(() => loadCountryPack(file)).toThrow(/competencies\.1\.code: duplicate competency code/);
      expect(() => loadCountryPack(file)).toThrow(/competencies\.2\.indicators\.0\.group: must be one of/);
      expect(() => loadCountryPack(file)).toThrow(/appraisal\.weights: weights must add up to 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('require both sections', () => {
    const { competencies: _c, ...noCompetencies } = pack('RS');
    const { appraisal: _a, ...noAppraisal } = pack('BG');
    expect(countryPackSchema.safeParse(noCompetencies).error?.issues[0]?.path).toEqual(['competencies']);
    expect(countryPackSchema.safeParse(noAppraisal).error?.issues[0]?.path).toEqual(['appraisal']);
  });
});
