import type { Locale } from '../../../contracts/access';
import { type HrPlanDetail, hrPlanFigureFields } from '../../../contracts/hr-plans';
import { type PeoplePack, type PositionCategory, packLabel } from '../../../contracts/positions';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import { createPdfDocument, type PdfColumn } from '../../platform/pdf/pdf-document';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';

/** What a printed or exported plan needs beside the plan itself. */
export type PlanContext = {
  t: Translator;
  locale: Locale;
  pack: PeoplePack;
  organisation: { name: string; nameLatin: string };
};

type Value = string | number | null;

function labels({ t, locale, pack }: PlanContext) {
  const categories = new Map(pack.categories.map((c) => [c.code, c]));
  const titles = new Map(pack.titles.map((x) => [x.code, x]));
  return {
    // The packs name categories in their own languages only; English readers get the platform's words.
    category: (code: PositionCategory) => {
      const entry = categories.get(code);
      return entry && locale !== 'en'
        ? packLabel(entry, locale)
        : t.t(locale, `positions:categories.${code}`);
    },
    title: (code: string) => {
      const entry = titles.get(code);
      return entry ? packLabel(entry, locale) : code;
    },
  };
}

/** The plan's lines as one table: headers, a row per title and the totals row. */
export function planTable(plan: HrPlanDetail, ctx: PlanContext) {
  const { t, locale } = ctx;
  const label = labels(ctx);
  const column = (key: string) => t.t(locale, `hr-plans:columns.${key}`);
  const headers = [column('category'), column('title'), ...hrPlanFigureFields.map(column), column('note')];
  const rows: Value[][] = plan.lines.map((l) => [
    label.category(l.category),
    label.title(l.titleCode),
    ...hrPlanFigureFields.map((f) => l[f]),
    l.note,
  ]);
  const totals: Value[] = [column('total'), null, ...hrPlanFigureFields.map((f) => plan.totals[f]), null];
  return { headers, rows, totals };
}

const organisationName = ({ organisation, locale }: PlanContext) =>
  readsLatin(locale) ? organisation.nameLatin : organisation.name;

function header(plan: HrPlanDetail, ctx: PlanContext): Array<[string, string]> {
  const { t, locale } = ctx;
  const field = (key: string) => t.t(locale, `hr-plans:fields.${key}`);
  const pairs: Array<[string, string]> = [
    [field('organisation'), organisationName(ctx)],
    [field('year'), String(plan.year)],
    [field('status'), t.t(locale, `hr-plans:status.${plan.status}`)],
    [field('actNumber'), plan.actNumber ?? '—'],
    [field('systematisation'), plan.systematisationNumber ?? '—'],
  ];
  if (plan.notes) pairs.push([field('notes'), plan.notes]);
  return pairs;
}

const documentTitle = (plan: HrPlanDetail, ctx: PlanContext) =>
  ctx.t.t(ctx.locale, 'hr-plans:document.title', { year: plan.year });

export function planPdf(plan: HrPlanDetail, ctx: PlanContext, options: { compress?: boolean } = {}) {
  const title = documentTitle(plan, ctx);
  const doc = createPdfDocument({ title, language: ctx.locale, landscape: true, ...options });
  doc.title(`${title} — ${organisationName(ctx)}`);
  doc.keyValues(header(plan, ctx));
  const { headers, rows, totals } = planTable(plan, ctx);
  const columns: PdfColumn[] = headers.map((h, i) => {
    const figure = i >= 2 && i < 2 + hrPlanFigureFields.length;
    return { header: h, width: figure ? 1 : i === 1 ? 3 : 2, align: figure ? 'right' : 'left' };
  });
  doc.table({ columns, rows, footer: [totals] });
  return doc.finish();
}

export function planWorkbook(plan: HrPlanDetail, ctx: PlanContext) {
  const { headers, rows, totals } = planTable(plan, ctx);
  return writeWorkbook([{ name: documentTitle(plan, ctx), headers, rows: [...rows, totals] }]);
}
