/**
 * National personal numbers: which scheme a country uses is data (its pack's `people.nationalId`);
 * the checksum arithmetic of each scheme is code, shared by the server and the browser.
 */
export const nationalIdSchemes = ['jmbg', 'egn'] as const;
export type NationalIdScheme = (typeof nationalIdSchemes)[number];
export const nationalIdLength: Record<NationalIdScheme, number> = { jmbg: 13, egn: 10 };

export type NationalIdFacts = { birthDate: string; gender: 'male' | 'female' };
export type NationalIdResult =
  | { ok: true; facts: NationalIdFacts }
  | { ok: false; code: 'national_id_format' | 'national_id_date' | 'national_id_checksum' };

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date when the parts name a real calendar day (no 31 February). */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const digitsOf = (id: string) => [...id].map(Number);

/** Serbian JMBG, DDMMYYYRRBBBK: three-digit year (≥ 800 → 1xxx), BBB < 500 male, mod-11 check digit. */
function jmbg(id: string): NationalIdResult {
  if (!/^\d{13}$/.test(id)) return { ok: false, code: 'national_id_format' };
  const d = digitsOf(id);
  const yyy = Number(id.slice(4, 7));
  const birthDate = isoDate(
    yyy >= 800 ? 1000 + yyy : 2000 + yyy,
    Number(id.slice(2, 4)),
    Number(id.slice(0, 2)),
  );
  if (!birthDate) return { ok: false, code: 'national_id_date' };
  const weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * (d[i] as number), 0);
  const m = 11 - (sum % 11);
  if ((m > 9 ? 0 : m) !== d[12]) return { ok: false, code: 'national_id_checksum' };
  return { ok: true, facts: { birthDate, gender: Number(id.slice(9, 12)) < 500 ? 'male' : 'female' } };
}

/** Bulgarian EGN, YYMMDDRRRC: month +20 for the 1800s, +40 for the 2000s, even 9th digit male. */
function egn(id: string): NationalIdResult {
  if (!/^\d{10}$/.test(id)) return { ok: false, code: 'national_id_format' };
  const d = digitsOf(id);
  const yy = Number(id.slice(0, 2));
  const mm = Number(id.slice(2, 4));
  const [century, month] = mm > 40 ? [2000, mm - 40] : mm > 20 ? [1800, mm - 20] : [1900, mm];
  const birthDate = isoDate(century + yy, month, Number(id.slice(4, 6)));
  if (!birthDate) return { ok: false, code: 'national_id_date' };
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
  const rest = weights.reduce((acc, w, i) => acc + w * (d[i] as number), 0) % 11;
  if ((rest === 10 ? 0 : rest) !== d[9]) return { ok: false, code: 'national_id_checksum' };
  return { ok: true, facts: { birthDate, gender: (d[8] as number) % 2 === 0 ? 'male' : 'female' } };
}

const checks: Record<NationalIdScheme, (id: string) => NationalIdResult> = { jmbg, egn };

export const checkNationalId = (scheme: NationalIdScheme, id: string): NationalIdResult =>
  checks[scheme](id.trim());

/** The check digit that completes `body` (all digits but the last): used by the demo generator. */
export function completeNationalId(scheme: NationalIdScheme, body: string): string | null {
  for (let k = 0; k <= 9; k++) if (checks[scheme](`${body}${k}`).ok) return `${body}${k}`;
  return null;
}
