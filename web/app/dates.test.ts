import { describe, expect, it } from 'vitest';
import { dateInputFormat, datesLocale, parseTypedDate } from './dates';

describe('typed dates', () => {
  it('reads day-first dates as the UI languages write them', () => {
    expect(parseTypedDate('01.03.2021')).toBe('2021-03-01');
    expect(parseTypedDate('1.3.2021')).toBe('2021-03-01');
    expect(parseTypedDate('31.12.2020.')).toBe('2020-12-31');
    expect(parseTypedDate('31.12.2020 г.')).toBe('2020-12-31');
    expect(parseTypedDate(' 31/12/2020 ')).toBe('2020-12-31');
    expect(parseTypedDate('31-12-2020')).toBe('2020-12-31');
  });

  it('reads a pasted ISO date', () => {
    expect(parseTypedDate('2021-03-01')).toBe('2021-03-01');
  });

  it('refuses what is incomplete or no day of the calendar', () => {
    for (const text of [
      '',
      '01.03.',
      '01.03.202',
      '01.03.20210',
      '31.02.2021',
      '00.01.2021',
      '01.13.2021',
      'abc',
    ])
      expect(parseTypedDate(text)).toBeNull();
    expect(parseTypedDate('29.02.2024')).toBe('2024-02-29');
    expect(parseTypedDate('29.02.2023')).toBeNull();
  });
});

describe('date locales', () => {
  it('names months in the UI language and writes the day first', () => {
    expect(datesLocale('sr-Cyrl')).toBe('sr-cyrl');
    expect(datesLocale('sr-Latn')).toBe('sr');
    expect(datesLocale('bg')).toBe('bg');
    expect(datesLocale('en')).toBe('en-gb');
    expect(dateInputFormat('bg')).toBe('DD.MM.YYYY');
    expect(dateInputFormat('en')).toBe('DD/MM/YYYY');
  });
});
