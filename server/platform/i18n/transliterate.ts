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
  const lower = text.toLowerCase();
  let latin = '';
  for (const ch of lower) latin += cyrillicFold[ch] ?? ch;
  return latin
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
