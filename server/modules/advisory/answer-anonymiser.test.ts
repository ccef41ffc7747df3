import { describe, expect, it } from 'vitest';
import { createAnonymiser } from './answer-anonymiser';

const serbian = (locale: 'sr-Cyrl' | 'sr-Latn' = 'sr-Cyrl') =>
  createAnonymiser({
    locale,
    places: ['Нови Пазар', 'Novi Pazar'],
    people: ['Петар Петровић', 'Jelena Marković', 'Ана Кадровић'],
  });

describe('the municipality', () => {
  it('goes in either script, any case and inflected', () => {
    const a = serbian();
    expect(a.clean('Општина Нови Пазар пита.')).toBe('Општина [општина] пита.');
    expect(a.clean('Запослени у Новом Пазару и у НОВОМ ПАЗАРУ.')).toBe(
      'Запослени у [општина] и у [општина].',
    );
    expect(a.clean('Skupština grada Novog Pazara i novi pazar')).toBe(
      'Skupština grada [општина] i [општина]',
    );
    expect(a.clean('Одлука из Пазара.')).toBe('Одлука из [општина].');
    expect(a.removedTerms()).toEqual(
      expect.arrayContaining([
        'Нови Пазар',
        'Новом Пазару',
        'НОВОМ ПАЗАРУ',
        'Novog Pazara',
        'novi pazar',
        'Пазара',
      ]),
    );
  });

  it('writes the placeholder in the language of the text', () => {
    expect(serbian('sr-Latn').clean('Grad Novi Pazar')).toBe('Grad [opština]');
    const bg = createAnonymiser({ locale: 'bg', places: ['Габрово', 'Gabrovo'], people: [] });
    expect(bg.clean('Община Габрово и gabrovo')).toBe('Община [община] и [община]');
    const en = createAnonymiser({ locale: 'en', places: ['Габрово', 'Gabrovo'], people: [] });
    expect(en.clean('The Municipality of Gabrovo')).toBe('The Municipality of [municipality]');
  });

  it('folds diacritics: a name written without them still goes', () => {
    const a = createAnonymiser({ locale: 'sr-Latn', places: ['Ћуприја', 'Ćuprija'], people: [] });
    expect(a.clean('opstina Cuprija, u Cupriji, Ћуприји')).toBe('opstina [opština], u [opština], [opština]');
  });
});

describe('people', () => {
  it('go by full name and by each longer word, inflected, in both scripts', () => {
    const a = serbian();
    expect(a.clean('Петар Петровић је питао.')).toBe('[име] је питао.');
    expect(a.clean('Колега Петровићу, одговор за Petra.')).toBe('Колега [име], одговор за [име].');
    expect(a.clean('Poštovana Jelena Marković, pozdrav od Јелене')).toBe('Poštovana [име], pozdrav od [име]');
    expect(a.clean('Ани Кадровић')).toBe('[име]');
  });

  it('take Bulgarian feminine family names from the masculine', () => {
    const a = createAnonymiser({ locale: 'bg', places: [], people: ['Иван Петров'] });
    expect(a.clean('Г-жа Петрова и г-н Petrov')).toBe('Г-жа [име] и г-н [име]');
  });
});

describe('contacts and personal numbers', () => {
  it('go, in any form', () => {
    const a = serbian('sr-Latn');
    expect(a.clean('Pišite na petar.p@novipazar.rs ili zovite +381 20 123 456.')).toBe(
      'Pišite na [e-pošta] ili zovite [telefon].',
    );
    expect(a.clean('Tel. 020/311-456, mobilni 064 123 4567')).toBe('Tel. [telefon], mobilni [telefon]');
    expect(a.clean('JMBG 0101990710006, ЕГН 7501020018')).toBe('JMBG [matični broj], ЕГН [matični broj]');
    expect(a.removedTerms()).toEqual(
      expect.arrayContaining(['petar.p@novipazar.rs', '+381 20 123 456', '0101990710006', '7501020018']),
    );
  });
});

describe('no false positives', () => {
  it('keeps ordinary words that share a stem with a short name word', () => {
    const a = serbian();
    const text =
      'Нови закон и нова правила: према новом пропису из 2024. године, члан 49, став 2. Анализа кадровског плана.';
    expect(a.clean(text)).toBe(text);
    expect(a.removedTerms()).toEqual([]);
  });

  it('keeps short names inside longer words, but takes possessives of a name', () => {
    const a = createAnonymiser({ locale: 'sr-Latn', places: ['Ниш', 'Niš'], people: ['Ana Ilić'] });
    expect(a.clean('Oni nisu analizirali Ilićevu analizu, Ana nije; Niš je grad.')).toBe(
      'Oni nisu analizirali [ime] analizu, Ana nije; [opština] je grad.',
    );
  });

  it('keeps dates, gazette numbers, amounts and articles', () => {
    const a = serbian('sr-Latn');
    const text =
      '„Službeni glasnik RS”, br. 21/2016, 113/2017 i 95/2018; rok 01/02/2024, 01-02-2024; iznos 12.500.000 dinara; član 0 stav 1.';
    expect(a.clean(text)).toBe(text);
    expect(a.removedTerms()).toEqual([]);
  });
});
