import type { Locale } from '../../../contracts/access';
import { packLabel } from '../../../contracts/positions';

type Scale = ReadonlyArray<{ value: number; name: string; nameLatin: string; nameEn: string }>;

const label = (scale: Scale | undefined, value: number, locale: Locale) => {
  const entry = scale?.find((s) => s.value === value);
  return entry ? `${value} – ${packLabel(entry, locale)}` : String(value);
};

/** A grade as "3 – Dobar" in the reader's script; the number alone when the rules are not at hand. */
export const gradeLabel = (rules: { grades: Scale } | undefined, grade: number, locale: Locale) =>
  label(rules?.grades, grade, locale);

/** A goal's or competency's rating on the rules' scale, as "4 – …". */
export const ratingLabel = (rules: { ratings: Scale }, rating: number, locale: Locale) =>
  label(rules.ratings, rating, locale);

/** The rating scale as select options, in the order the rules list it. */
export const ratingOptions = (rules: { ratings: Scale }, locale: Locale) =>
  rules.ratings.map((r) => ({ value: String(r.value), label: ratingLabel(rules, r.value, locale) }));

/** The grades as select options, in the order the law lists them. */
export const gradeOptions = (rules: { grades: Scale }, locale: Locale) =>
  rules.grades.map((g) => ({ value: String(g.value), label: gradeLabel(rules, g.value, locale) }));
