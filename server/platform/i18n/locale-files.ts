import { serbianToLatin } from './transliterate';

type Tree = { [key: string]: string | Tree };

function toLatin(tree: Tree): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? serbianToLatin(v) : toLatin(v)]),
  );
}

/** The sr-Latn file for a parsed sr-Cyrl file, formatted as committed. */
export function latinLocaleFile(cyrillic: Tree): string {
  return `${JSON.stringify(toLatin(cyrillic), null, 2)}\n`;
}

export function flattenKeys(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flattenKeys(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
