import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { FileSection } from '../people/file-section';
import { useCommentsAs } from './appraisal-reader';
import { gradeLabel } from './appraisal-scale';
import { CommentAction } from './comment-action';
import { TextPatchForm } from './text-patch-form';

/**
 * The outcome of the final rating: score, grade, both sides' comments (the rater may still revise
 * theirs; the official comments when acknowledging) and the official's acknowledgement.
 */
export function ResultSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const commentsAs = useCommentsAs(a);
  if (!a.ratedAt) return null;
  const grade = (value: number | null) => (value === null ? '—' : gradeLabel(a.rules, value, format.locale));
  const rater = commentsAs === 'rater';
  const text = (field: 'raterComment' | 'trainingNeeds', label: string, hint: string, submit: string) => (
    <TextPatchForm
      key={field}
      appraisalId={a.id}
      field={field}
      value={a[field]}
      label={label}
      description={hint}
      submitLabel={submit}
      done={t('comments.saved')}
      testId={`appraisal-${field}`}
    />
  );
  return (
    <FileSection title={t('result.title')}>
      <DetailList
        items={[
          { label: t('detail.score'), value: a.score === null ? '—' : format.number(a.score) },
          { label: t('result.ratedGrade'), value: grade(a.ratedGrade) },
          ...(a.grade !== a.ratedGrade ? [{ label: t('result.gradeInForce'), value: grade(a.grade) }] : []),
          { label: t('result.ratedAt'), value: format.date(a.ratedAt) },
          ...(rater
            ? []
            : [
                { label: t('comments.rater'), value: a.raterComment },
                { label: t('comments.trainingNeeds'), value: a.trainingNeeds },
              ]),
          { label: t('comments.official'), value: a.officialComment },
          ...(a.acknowledgedAt
            ? [{ label: t('result.acknowledgedAt'), value: format.date(a.acknowledgedAt) }]
            : []),
        ]}
      />
      {rater
        ? [
            text(
              'raterComment',
              t('comments.rater'),
              t('comments.raterHint'),
              t('comments.saveRaterComment'),
            ),
            text(
              'trainingNeeds',
              t('comments.trainingNeeds'),
              t('comments.trainingNeedsHint'),
              t('comments.saveTrainingNeeds'),
            ),
          ]
        : null}
      {a.actions.includes('acknowledge') ? (
        <CommentAction
          appraisalId={a.id}
          path="/acknowledge"
          intro={t('result.acknowledgeIntro')}
          submitLabel={t('result.acknowledge')}
          done={t('result.acknowledged')}
          testId="appraisal-acknowledge"
        />
      ) : null}
    </FileSection>
  );
}
