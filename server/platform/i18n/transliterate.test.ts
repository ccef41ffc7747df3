import { describe, expect, it } from 'vitest';
import { bulgarianToLatin, foldForSearch, serbianToLatin } from './transliterate';

describe('serbianToLatin', () => {
  it.each([
    ['Нови Пазар', 'Novi Pazar'],
    ['Краљево', 'Kraljevo'],
    ['Љубица Ђорђевић', 'Ljubica Đorđević'],
    ['ЉУБИЦА', 'LJUBICA'],
    ['Џепни рачунар', 'Džepni računar'],
    ['Ниш и PDF', 'Niš i PDF'],
  ])('%s → %s', (cyrillic, latin) => expect(serbianToLatin(cyrillic)).toBe(latin));
});

describe('foldForSearch', () => {
  it.each([
    ['Нови Пазар', 'Novi Pazar'],
    ['нови пазар', 'novi pazar'],
    ['Петровић', 'petrovic'],
    ['Petrović', 'PETROVIC'],
    ['Смолян', 'Smolyan'],
    ['Гоце Делчев', 'Gotse Delchev'],
    ['Ђорђе', 'Djordje'],
    ['Živković', 'Живковић'],
    ['Шумен', 'Shumen'],
  ])('%s folds like %s', (a, b) => expect(foldForSearch(a)).toBe(foldForSearch(b)));

  it('keeps different names apart', () => {
    expect(foldForSearch('Ниш')).not.toBe(foldForSearch('Нови Сад'));
  });
});

describe('bulgarianToLatin', () => {
  it.each([
    ['Смолян', 'Smolyan'],
    ['Велико Търново', 'Veliko Tarnovo'],
    ['Гоце Делчев', 'Gotse Delchev'],
    ['Кърджали', 'Kardzhali'],
    ['Мария', 'Maria'],
    ['България', 'Bulgaria'],
    ['в Република България', 'v Republika Bulgaria'],
    ['Търговище', 'Targovishte'],
    ['Щастливеца', 'Shtastlivetsa'],
    ['ЮГ', 'YUG'],
  ])('%s → %s', (cyrillic, latin) => expect(bulgarianToLatin(cyrillic)).toBe(latin));
});
