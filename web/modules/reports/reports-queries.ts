import { useQuery } from '@tanstack/react-query';
import type { Problem } from '../../../contracts/common';
import type { HeadcountDimension, HeadcountReport, MovementsReport } from '../../../contracts/reports';
import { ApiError, api, withQuery } from '../../app/api-client';
import { useLocale } from '../../app/format';

/** Whose figures: one organisation, or a whole country. */
export type ReportWhere = { organisationId: string } | { country: string };

type Params = Record<string, string | number>;

// Organisation names arrive in the reader's language: a change of language asks again.
export function useHeadcount(where: ReportWhere, by: HeadcountDimension) {
  const locale = useLocale();
  return useQuery({
    queryKey: ['reports', 'headcount', where, by, locale],
    queryFn: () => api.get<HeadcountReport>('/reports/headcount', { ...where, by }),
  });
}

export function useMovements(where: ReportWhere, from: number, to: number) {
  return useQuery({
    queryKey: ['reports', 'movements', where, from, to],
    queryFn: () => api.get<MovementsReport>('/reports/movements', { ...where, from, to }),
  });
}

const asProblem = (body: unknown): Problem | null =>
  typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string'
    ? (body as Problem)
    : null;

/**
 * Saves a spreadsheet of a report (or another generated file). Fetched rather than linked so that the
 * headers come in the language of the interface, not the browser's. The server's file name wins;
 * `fallbackName` is for answers without one (plain JSON).
 */
export async function downloadXlsx(
  path: string,
  params: Params,
  locale: string,
  fallbackName = 'kadar-report.xlsx',
): Promise<void> {
  const response = await fetch(`/api/v1${withQuery(path, params)}`, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': locale },
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, asProblem(body), response.statusText);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
