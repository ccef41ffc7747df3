import type { Locale } from '../../../contracts/access';
import { foldForSearch } from '../../platform/i18n/transliterate';

/**
 * The placeholders are part of the stored text, so they follow the language the text is written
 * in (not the reader's), like the rest of it.
 */
const placeholders: Record<Locale, Record<'place' | 'name' | 'email' | 'phone' | 'id', string>> = {
  'sr-Cyrl': {
    place: '[општина]',
    name: '[име]',
    email: '[е-пошта]',
    phone: '[телефон]',
    id: '[матични број]',
  },
  'sr-Latn': {
    place: '[opština]',
    name: '[ime]',
    email: '[e-pošta]',
    phone: '[telefon]',
    id: '[matični broj]',
  },
  bg: { place: '[община]', name: '[име]', email: '[имейл]', phone: '[телефон]', id: '[ЕГН]' },
  en: { place: '[municipality]', name: '[name]', email: '[e-mail]', phone: '[phone]', id: '[ID number]' },
};

/** Case endings and articles a name word takes in Serbian and Bulgarian: Пазар → Пазару, Петров → Петрова. */
const ending = /^(?:[aeiouj][a-z]{0,2})?$/;
const minStemmed = 4;

type WordMatcher = (folded: string) => boolean;

/**
 * A name word matches its inflected forms by stem when it has at least four letters ("Новом" for
 * "Нови", "Petra" for "Петар"); a shorter one only as written, since "Ана" or "Ниш" plus an
 * ending would hit ordinary words.
 */
function wordMatcher(word: string, inPhrase = false): WordMatcher {
  const folded = foldForSearch(word);
  // Next to the rest of the name, a short word may take its ending too: "Ани Кадровић".
  if (folded.length < (inPhrase ? 3 : minStemmed)) return (t) => t === folded;
  const stem = folded.replace(/[aeiouj]+$/, '');
  // Serbian drops a fleeting "a": Петар → Петра, Александар → Александра.
  const fleeting = /[^aeiou]a[^aeiou]$/.test(stem) ? stem.slice(0, -2) + stem.slice(-1) : null;
  const stems = [stem, fleeting].filter((s): s is string => s !== null && s.length >= (inPhrase ? 2 : 3));
  return (t) => t === folded || stems.some((s) => t.startsWith(s) && ending.test(t.slice(s.length)));
}

type Pattern = { kind: 'place' | 'name'; words: WordMatcher[] };
type Token = { start: number; end: number; folded: string };

const wordsOf = (name: string) => name.split(/[^\p{L}\p{M}]+/u).filter(Boolean);

/**
 * A place name matches as a whole phrase and by its last word alone ("Пазару"), since its other
 * words are often ordinary ones ("Нови", "Стара"); a person's name also by each word of four or
 * more letters ("колега Петровић").
 */
function patternsOf(kind: Pattern['kind'], name: string): Pattern[] {
  const words = wordsOf(name);
  if (!words.length) return [];
  const whole: Pattern = { kind, words: words.map((w) => wordMatcher(w, words.length > 1)) };
  const single = kind === 'place' ? words.slice(-1) : words;
  const parts = words.length > 1 ? single.filter((w) => [...w].length >= minStemmed) : [];
  return [whole, ...parts.map((w) => ({ kind, words: [wordMatcher(w)] }))];
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldForSearch(m[0]),
  }));
}

/** Does `pattern` match the tokens from `i`, joined only by spaces or hyphens? Returns how many. */
function matchAt(text: string, tokens: Token[], i: number, pattern: Pattern): number {
  const n = pattern.words.length;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k];
    if (!token || !pattern.words[k]?.(token.folded)) return 0;
    const previous = tokens[i + k - 1];
    if (k > 0 && previous && !/^[\s-]+$/u.test(text.slice(previous.end, token.start))) return 0;
  }
  return n;
}

const date = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/;

const contacts: Array<{ kind: 'email' | 'phone' | 'id'; pattern: RegExp; accept?: (s: string) => boolean }> =
  [
    { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
    // Personal numbers before phones (a JMBG may start with 0): a Serbian JMBG has 13 digits, a Bulgarian ЕГН 10.
    { kind: 'id', pattern: /(?<!\d)(?:\d{13}|\d{10})(?!\d)/g },
    {
      // +381 11 123 4567, 011/123-456, 0888 123 456: a leading + or 0 and 8 to 13 digits, so
      // dates, gazette numbers (21/2016) and articles stay.
      kind: 'phone',
      pattern: /(?<![\p{L}\p{N}+./-])(?:\+|0)[\d\s/()-]{6,18}\d(?![\p{L}\p{N}]|[./-]\d)/gu,
      accept: (s) => {
        const digits = s.replace(/\D/g, '').length;
        return digits >= 8 && digits <= 13 && !/\s{2}|\n/.test(s) && !date.test(s);
      },
    },
  ];

export type AnonymiserInput = {
  locale: Locale;
  /** The asking municipality's names (Cyrillic and Latin). */
  places: ReadonlyArray<string>;
  /** The people of the conversation. */
  people: ReadonlyArray<string>;
};

export type Anonymiser = {
  clean(text: string): string;
  /** Everything taken out so far, as written, once each. */
  removedTerms(): string[];
};

/** Takes the asking municipality, the people and their contacts out of the texts of an answer. */
export function createAnonymiser(input: AnonymiserInput): Anonymiser {
  const words = placeholders[input.locale];
  const patterns = [
    ...input.places.flatMap((p) => patternsOf('place', p)),
    ...input.people.flatMap((p) => patternsOf('name', p)),
  ].sort((a, b) => b.words.length - a.words.length);
  const removed = new Set<string>();

  function cleanNames(text: string): string {
    const tokens = tokensOf(text);
    let out = '';
    let at = 0;
    for (let i = 0; i < tokens.length; ) {
      let taken = 0;
      let kind: Pattern['kind'] = 'name';
      for (const pattern of patterns) {
        taken = matchAt(text, tokens, i, pattern);
        kind = pattern.kind;
        if (taken) break;
      }
      if (!taken) {
        i += 1;
        continue;
      }
      const first = tokens[i] as Token;
      const last = tokens[i + taken - 1] as Token;
      removed.add(text.slice(first.start, last.end));
      out += text.slice(at, first.start) + words[kind];
      at = last.end;
      i += taken;
    }
    return out + text.slice(at);
  }

  function cleanContacts(text: string): string {
    return contacts.reduce(
      (current, { kind, pattern, accept }) =>
        current.replace(pattern, (found) => {
          if (accept && !accept(found)) return found;
          removed.add(found);
          return words[kind];
        }),
      text,
    );
  }

  return {
    clean: (text) => cleanNames(cleanContacts(text)),
    removedTerms: () => [...removed],
  };
}
