import { describe, expect, it } from 'vitest';
import { checkNationalId, completeNationalId, isoDate } from './national-id';

describe('JMBG', () => {
  it.each([
    ['0101990710008', '1990-01-01', 'male'],
    ['2902000715000', '2000-02-29', 'female'],
    ['1505985785013', '1985-05-15', 'female'],
    ['3112004710006', '2004-12-31', 'male'],
  ])('%s is valid, born %s, %s', (id, birthDate, gender) => {
    expect(checkNationalId('jmbg', id)).toEqual({ ok: true, facts: { birthDate, gender } });
  });

  it.each([
    ['010199071000', 'national_id_format'],
    ['01019907100a6', 'national_id_format'],
    ['3102990710006', 'national_id_date'],
    ['2902001710000', 'national_id_date'],
    ['0101990710007', 'national_id_checksum'],
  ])('%s is refused with %s', (id, code) => {
    expect(checkNationalId('jmbg', id)).toEqual({ ok: false, code });
  });
});

describe('EGN', () => {
  it.each([
    ['7501020018', '1975-01-02', 'female'],
    ['8032056031', '1880-12-05', 'female'],
    ['0041150107', '2000-01-15', 'male'],
  ])('%s is valid, born %s, %s', (id, birthDate, gender) => {
    expect(checkNationalId('egn', id)).toEqual({ ok: true, facts: { birthDate, gender } });
  });

  it.each([
    ['750102001', 'national_id_format'],
    ['7513020018', 'national_id_date'],
    ['7502300016', 'national_id_date'],
    ['7501020019', 'national_id_checksum'],
  ])('%s is refused with %s', (id, code) => {
    expect(checkNationalId('egn', id)).toEqual({ ok: false, code });
  });
});

describe('helpers', () => {
  it('knows real calendar days', () => {
    expect(isoDate(2020, 2, 31)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });

  it('completes a body with its check digit', () => {
    expect(completeNationalId('jmbg', '010199071000')).toBe('0101990710008');
    expect(completeNationalId('egn', '750102001')).toBe('7501020018');
  });
});
