import { describe, expect, it } from 'vitest';
import { excerptOf } from './document-view';

describe('excerptOf', () => {
  const filler = 'Опште одредбе се примењују на све запослене. '.repeat(20);
  const text = `${filler}Кадровски план прати флуктуацију запослених током године. ${filler}`;

  it('cuts about 200 characters of the original text around a word searched in the other script', () => {
    const excerpt = excerptOf(text, 'fluktuaciju') ?? '';
    expect(excerpt).toContain('флуктуацију');
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(240);
  });

  it('answers null without a query or a match', () => {
    expect(excerptOf(text, undefined)).toBeNull();
    expect(excerptOf(text, 'budzet')).toBeNull();
    expect(excerptOf('', 'plan')).toBeNull();
  });
});
