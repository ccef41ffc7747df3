import { useCallback, useMemo } from 'react';
import type { ReportGrade } from '../../../contracts/appraisal-reports';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';

/** A grade as the reader reads it, with its value: two grades may share a name ("добар" 2 and 3). */
export function useGradeLabel() {
  const locale = useLocale();
  return useCallback((g: ReportGrade) => `${packLabel(g, locale)} (${g.value})`, [locale]);
}

/** A share (0 to 1) as a percentage in the reader's locale. */
export function usePercent() {
  const locale = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return (share: number) => format.format(share);
  }, [locale]);
}
