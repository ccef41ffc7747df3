import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { FileSection, RecordTable } from '../people/file-section';
import { ratingLabel } from './appraisal-scale';

/** The competencies the job requires, at the level it requires, with the ratings they received. */
export function CompetenciesSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  return (
    <FileSection title={t('competencies.title')}>
      <RecordTable
        head={[
          t('competencies.name'),
          t('competencies.kind'),
          t('competencies.requiredLevel'),
          t('rating.rating'),
          t('rating.comment'),
        ]}
        minWidth={760}
        empty={t('competencies.empty')}
        rows={a.competencies.map((c) => ({
          key: c.id,
          testId: 'competency-row',
          cells: [
            packLabel(c, format.locale),
            t(`competencyKinds.${c.kind}`),
            c.requiredLevel ?? '—',
            c.rating === null ? '—' : ratingLabel(a.rules, c.rating, format.locale),
            c.comment ?? '—',
          ],
        }))}
      />
    </FileSection>
  );
}
