/** Serbian Cyrillic → Latin: one letter each, lossless in this direction (Latin → Cyrillic is not). */
const srCyrlToLatn: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

function matchCase(source: string, latin: string, nextIsUpper: boolean): string {
  if (source === source.toLowerCase()) return latin;
  // Љубица → Ljubica, but ЉУБИЦА → LJUBICA.
  return nextIsUpper ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

export function serbianToLatin(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const latin = srCyrlToLatn[ch.toLowerCase()];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    const next = chars[i + 1] ?? '';
    out += matchCase(ch, latin, next !== next.toLowerCase());
  }
  return out;
}

/** Any Cyrillic (Serbian or Bulgarian) folded to plain ASCII letters, for search only. */
const cyrillicFold: Record<string, string> = {
  ...Object.fromEntries(Object.entries(srCyrlToLatn).map(([k, v]) => [k, v])),
  щ: 'sht',
  ъ: 'a',
  ь: '',
  ю: 'ju',
  я: 'ja',
  й: 'j',
  ѝ: 'i',
  э: 'e',
  ы: 'i',
  ё: 'e',
};

/**
 * Search normaliser: the same folded text for "Нови Пазар", "Novi Pazar" and "novi pazar",
 * for "Петровић", "Petrović" and "petrovic", for "Смолян" and "Smolyan". Used when a row is
 * written (its `search` column) and on every `q`, so both sides fold the same way.
 */
export function foldForSearch(text: string): string {
  // One regex pass over the Cyrillic letters: a character loop was most of the time on long texts.
  return text
    .toLowerCase()
    .replace(/\p{Script=Cyrillic}/gu, (ch) => cyrillicFold[ch] ?? ch)
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/zh/g, 'z')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/ts/g, 'c')
    .replace(/y(?=[aeiou])/g, 'j')
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

/** Bulgarian → Latin by the official streamlined system (Transliteration Act 2009). */
const bgCyrlToLatn: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

export function bulgarianToLatin(text: string): string {
  // The law's exceptions: the country keeps its traditional name (Art. 6), and "ия" at the end of
  // a word is "ia" (Мария → Maria).
  const prepared = text
    .replace(/България(?!\p{L})/gu, 'Bulgaria')
    .replace(/БЪЛГАРИЯ(?!\p{L})/gu, 'BULGARIA')
    .replace(/ия(?=$|[^\p{L}])/gu, '\u0001')
    .replace(/ИЯ(?=$|[^\p{L}])/gu, '\u0002');
  let out = '';
  const chars = [...prepared];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === '\u0001') out += 'ia';
    else if (ch === '\u0002') out += 'IA';
    else {
      const latin = bgCyrlToLatn[ch.toLowerCase()];
      const next = chars[i + 1] ?? '';
      out += latin === undefined ? ch : matchCase(ch, latin, next !== next.toLowerCase());
    }
  }
  return out;
}

/** A country pack names the romanisation its official names follow. */
export const latinTransliterators = { serbian: serbianToLatin, bulgarian: bulgarianToLatin } as const;
export type Transliteration = keyof typeof latinTransliterators;
