import { useMemo } from 'react';
import { packLabel } from '../../../contracts/positions';
import { useLocale } from '../../app/format';
import { useOrganisation } from '../../app/queries';
import { useTopicAreas } from '../catalogue/catalogue-queries';
import { useCompetencies } from '../competencies/competencies-queries';

/**
 * What needs are named with in a municipality: its country's topic areas and the competencies of
 * the country's framework and its own, as select options in the reader's language.
 */
export function useNeedsVocabulary(organisationId: string | null | undefined) {
  const locale = useLocale();
  const organisation = useOrganisation(organisationId);
  const countryCode = organisation.data?.countryCode ?? null;
  const areas = useTopicAreas();
  const competencies = useCompetencies({ countryCode, organisationId });
  return useMemo(() => {
    const topicAreas = (countryCode ? areas.byCountry.get(countryCode) : undefined) ?? [];
    const list = competencies.data?.items ?? [];
    return {
      countryCode,
      topicOptions: topicAreas.map((a) => ({ value: a.code, label: packLabel(a, locale) })),
      competencyOptions: list.map((c) => ({ value: c.id, label: packLabel(c, locale) })),
      topicLabel: (code: string | null) => {
        const area = topicAreas.find((a) => a.code === code);
        return area ? packLabel(area, locale) : (code ?? '');
      },
      competencyLabel: (id: string | null) => {
        const c = list.find((x) => x.id === id);
        return c ? packLabel(c, locale) : '';
      },
    };
  }, [areas.byCountry, competencies.data, countryCode, locale]);
}
