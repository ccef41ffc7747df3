import type { Locale } from '../../../contracts/access';
import type { Appraisal } from '../../../contracts/appraisals';
import { packLabel } from '../../../contracts/positions';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import { createPdfDocument } from '../../platform/pdf/pdf-document';

export type DecisionContext = {
  t: Translator;
  /** The official language and script of the municipality's country (sr-Cyrl, bg). */
  locale: Locale;
  organisation: { name: string; nameLatin: string };
};

const day = (iso: string) => iso.split('-').reverse().join('.');

/**
 * The appraisal decision (RS rešenje, BG the final form): who, for which year, which grade with
 * its name, on what grounds, the rating behind it, how to appeal and, once decided, the appeal.
 */
export function decisionPdf(a: Appraisal, ctx: DecisionContext, options: { compress?: boolean } = {}) {
  const { locale } = ctx;
  const t = (key: string, params?: Record<string, unknown>) =>
    ctx.t.t(locale, `appraisal-documents:${key}`, params);
  const latin = readsLatin(locale);
  const label = (entry: { name: string; nameLatin: string; nameEn?: string }) => packLabel(entry, locale);
  const gradeName = (value: number | null) => {
    const grade = a.rules.grades.find((g) => g.value === value);
    return grade ? `${value} — ${label(grade)}` : '—';
  };
  const ratingName = (value: number | null) => {
    const rating = a.rules.ratings.find((r) => r.value === value);
    return rating ? `${value} (${label(rating)})` : '—';
  };
  const official = latin ? a.employeeNameLatin : a.employeeName;
  const position = (latin ? a.positionNameLatin : a.positionName) ?? '—';
  const title = t('title', { year: a.year });
  const doc = createPdfDocument({ title, language: locale, ...options });

  doc.paragraph(latin ? ctx.organisation.nameLatin : ctx.organisation.name);
  doc.keyValues([
    [t('registerNumber'), a.registerNumber ?? '—'],
    [t('date'), a.decisionDate ? day(a.decisionDate) : '—'],
  ]);
  doc.paragraph(t('basis', { basis: label(a.rules.basis) }));
  doc.title(title);
  doc.paragraph(
    t(a.kind === 'extraordinary' ? 'operativeExtraordinary' : 'operative', {
      official,
      position,
      year: a.year,
      grade: gradeName(a.ratedGrade),
    }),
  );
  doc.heading(t('reasoning'));
  doc.paragraph(t('score', { score: a.score?.toFixed(2) ?? '—' }));
  doc.table({
    columns: [
      { header: t('goal'), width: 5 },
      { header: t('weight'), align: 'right' },
      { header: t('rating'), width: 2 },
    ],
    rows: a.goals.map((g) => [g.description, `${g.weight} %`, ratingName(g.rating)]),
  });
  if (a.competencies.length)
    doc.table({
      columns: [
        { header: t('competency'), width: 5 },
        { header: t('requiredLevel'), align: 'right' },
        { header: t('rating'), width: 2 },
      ],
      rows: a.competencies.map((c) => [label(c), c.requiredLevel, ratingName(c.rating)]),
    });
  if (a.raterComment) doc.keyValues([[t('raterComment'), a.raterComment]]);
  if (a.officialComment) doc.keyValues([[t('officialComment'), a.officialComment]]);
  doc.heading(t('remedyHeading'));
  doc.paragraph(t('remedy', { days: a.rules.appealDays }));
  if (a.appeal?.decidedAt)
    doc.keyValues([
      [t('appealOutcome'), t(`outcome.${a.appeal.outcome}`, { grade: gradeName(a.grade) })],
      [t('appealNote'), a.appeal.note ?? ''],
    ]);
  doc.keyValues([
    [t('rater'), a.raterName ?? '—'],
    [t('signature'), '________________________'],
  ]);
  return doc.finish();
}
