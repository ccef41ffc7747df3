import type { Locale } from '../../../contracts/access';
import type { AnnualProgramme, Execution } from '../../../contracts/annual-programmes';
import type { LocalText } from '../../../contracts/competencies';
import { readsLatin } from '../../db/collation';
import type { Translator } from '../../platform/i18n/i18n';
import { createPdfDocument, type PdfColumn } from '../../platform/pdf/pdf-document';
import { writeWorkbook } from '../../platform/xlsx/spreadsheet';
import type { AnnualItemView } from './annual-programmes.repo';

export type DocumentFormat = 'pdf' | 'xlsx';
export type DocumentContext = { t: Translator; locale: Locale };
type Value = string | number | null;
/** A table to print: `wide` is the column of titles, given the most room. */
type Grid = { headers: string[]; numeric: boolean[]; wide: number; rows: Value[][]; footer: Value[][] };

/** The title in the reader's language: English readers read the English one, Latin readers the Latin. */
export function titleFor(text: LocalText, locale: Locale): string {
  if (locale === 'en') return text.nameEn || text.nameLatin;
  return locale === 'sr-Latn' ? text.nameLatin : text.name;
}

const label = ({ t, locale }: DocumentContext, key: string, params?: Record<string, unknown>) =>
  t.t(locale, `programme-documents:${key}`, params);

const organisationOf = (p: AnnualProgramme, locale: Locale) =>
  readsLatin(locale) ? p.organisationNameLatin : p.organisationName;

const registerColumns = [
  'municipality',
  'year',
  'code',
  'title',
  'registerNumber',
  'part',
  'mode',
  'targetGroup',
  'quarter',
  'plannedSessions',
  'plannedParticipants',
  'budget',
  'fundingSource',
] as const;
const registerNumeric = new Set(['year', 'quarter', 'plannedSessions', 'plannedParticipants', 'budget']);

/** One row per item, as the academy's central register of programmes takes them before delivery. */
export function registerGrid(
  { programme, views }: { programme: AnnualProgramme; views: AnnualItemView[] },
  ctx: DocumentContext,
): Grid {
  const org = organisationOf(programme, ctx.locale);
  const rows = programme.items.map((item, i): Value[] => [
    org,
    programme.year,
    item.programmeCode ?? '',
    titleFor(item.title, ctx.locale),
    views[i]?.registerNumber ?? '',
    label(ctx, `parts.${item.part}`),
    label(ctx, `modes.${item.mode}`),
    label(ctx, `targetGroups.${item.targetGroup}`),
    item.quarter,
    item.plannedSessions,
    item.plannedParticipants,
    item.budget,
    item.fundingSource,
  ]);
  const { totals } = programme;
  const footer: Value[][] = [
    [
      label(ctx, 'columns.total'),
      ...Array(8).fill(null),
      totals.sessions,
      totals.participants,
      totals.budget,
      null,
    ],
  ];
  return {
    headers: registerColumns.map((c) => label(ctx, `columns.${c}`)),
    numeric: registerColumns.map((c) => registerNumeric.has(c)),
    wide: registerColumns.indexOf('title'),
    rows,
    footer,
  };
}

const executionColumns = [
  'title',
  'plannedSessions',
  'deliveredSessions',
  'plannedParticipants',
  'trained',
  'budget',
] as const;

/** Planned against delivered per item, with the totals below. */
export function executionGrid(execution: Execution, ctx: DocumentContext): Grid {
  const rows = execution.rows.map((r): Value[] => [
    titleFor(r.title, ctx.locale),
    r.plannedSessions,
    r.deliveredSessions,
    r.plannedParticipants,
    r.trained,
    r.budget,
  ]);
  const sum = (i: number) => rows.reduce((s, r) => s + Number(r[i] ?? 0), 0);
  return {
    headers: executionColumns.map((c) => label(ctx, `columns.${c}`)),
    numeric: executionColumns.map((c) => c !== 'title'),
    wide: 0,
    rows,
    footer: [[label(ctx, 'columns.total'), sum(1), sum(2), sum(3), sum(4), Math.round(sum(5) * 100) / 100]],
  };
}

function header(p: AnnualProgramme, ctx: DocumentContext): Array<[string, string]> {
  const field = (key: string) => label(ctx, `fields.${key}`);
  return [
    [field('organisation'), organisationOf(p, ctx.locale)],
    [field('year'), String(p.year)],
    [field('programme'), p.title],
    [field('status'), label(ctx, `status.${p.status}`)],
    [field('adoption'), p.adoptionAct ? `${p.adoptionAct} (${p.adoptedOn ?? ''})` : '—'],
  ];
}

async function render(
  kind: 'register' | 'execution',
  p: AnnualProgramme,
  grid: Grid,
  ctx: DocumentContext,
  format: DocumentFormat,
  options: { compress?: boolean },
) {
  const title = label(ctx, `${kind}.title`, { year: p.year });
  if (format === 'xlsx')
    return writeWorkbook([
      { name: label(ctx, `${kind}.sheet`), headers: grid.headers, rows: [...grid.rows, ...grid.footer] },
    ]);
  const doc = createPdfDocument({ title, language: ctx.locale, landscape: true, ...options });
  doc.title(title);
  doc.keyValues(header(p, ctx));
  const columns: PdfColumn[] = grid.headers.map((h, i) => ({
    header: h,
    width: grid.numeric[i] ? 1 : i === grid.wide ? 3 : 1.5,
    align: grid.numeric[i] ? 'right' : 'left',
  }));
  doc.table({ columns, rows: grid.rows, footer: grid.footer });
  return doc.finish();
}

export const registerDocument = (
  input: { programme: AnnualProgramme; views: AnnualItemView[] },
  ctx: DocumentContext,
  format: DocumentFormat,
  options: { compress?: boolean } = {},
) => render('register', input.programme, registerGrid(input, ctx), ctx, format, options);

export const executionDocument = (
  programme: AnnualProgramme,
  execution: Execution,
  ctx: DocumentContext,
  format: DocumentFormat,
  options: { compress?: boolean } = {},
) => render('execution', programme, executionGrid(execution, ctx), ctx, format, options);
