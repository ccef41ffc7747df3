import { describe, expect, it } from 'vitest';
import { gradeLabel, gradeOptions, ratingLabel, ratingOptions } from './appraisal-scale';

const entry = (value: number, name: string, nameLatin: string, nameEn: string) => ({
  value,
  name,
  nameLatin,
  nameEn,
});
const rules = {
  grades: [
    entry(1, 'не задовољава', 'ne zadovoljava', 'unsatisfactory'),
    entry(4, 'истиче се', 'ističe se', 'outstanding'),
  ],
  ratings: [entry(1, 'слабо', 'slabo', 'poor'), entry(2, 'добро', 'dobro', 'good')],
};

describe('grades and ratings named by the rules', () => {
  it('adds the name in the reader’s script to the number', () => {
    expect(gradeLabel(rules, 4, 'sr-Cyrl')).toBe('4 – истиче се');
    expect(gradeLabel(rules, 4, 'sr-Latn')).toBe('4 – ističe se');
    expect(gradeLabel(rules, 1, 'en')).toBe('1 – unsatisfactory');
    expect(ratingLabel(rules, 2, 'bg')).toBe('2 – добро');
  });

  it('falls back to the number for a value the rules do not list or when no rules are at hand', () => {
    expect(gradeLabel(rules, 3, 'en')).toBe('3');
    expect(gradeLabel(undefined, 3, 'en')).toBe('3');
  });

  it('offers the scale as select options', () => {
    expect(ratingOptions(rules, 'en')).toEqual([
      { value: '1', label: '1 – poor' },
      { value: '2', label: '2 – good' },
    ]);
    expect(gradeOptions(rules, 'en').map((o) => o.value)).toEqual(['1', '4']);
  });
});
