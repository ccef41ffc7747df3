import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { DetailList } from '../../components/detail-list';
import { FileSection, RecordTable } from '../people/file-section';
import { ratingLabel } from './appraisal-scale';
import { CommentAction } from './comment-action';
import { GoalsEditor } from './goals-editor';

/**
 * The goals of the year (the individual work plan in Bulgaria): edited by the rater while a draft,
 * acknowledged by the official, then shown with the interim notes and ratings they received.
 */
export function GoalsSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const title = a.rules.workPlan ? t('goals.workPlanTitle') : t('goals.title');
  const withNotes = a.goals.some((g) => g.interimNote);
  const rated = a.goals.some((g) => g.rating !== null);
  const head = [
    t('goals.description'),
    t('goals.measure'),
    t('goals.weight'),
    t('goals.dueOn'),
    ...(withNotes ? [t('interim.note')] : []),
    ...(rated ? [t('rating.rating'), t('rating.comment')] : []),
  ];
  const steps = [
    a.goalsProposedAt ? t('goals.proposedOn', { date: format.date(a.goalsProposedAt) }) : null,
    a.goalsAcknowledgedAt ? t('goals.acknowledgedOn', { date: format.date(a.goalsAcknowledgedAt) }) : null,
  ].filter(Boolean);

  return (
    <FileSection title={title}>
      {a.actions.includes('edit_goals') ? (
        <GoalsEditor appraisal={a} />
      ) : (
        <RecordTable
          head={head}
          minWidth={rated ? 900 : 640}
          empty={t('goals.empty')}
          rows={a.goals.map((g) => ({
            key: g.id,
            testId: 'goal-row',
            cells: [
              g.description,
              g.measure,
              `${format.number(g.weight)} %`,
              format.date(g.dueOn),
              ...(withNotes ? [g.interimNote ?? '—'] : []),
              ...(rated
                ? [g.rating === null ? '—' : ratingLabel(a.rules, g.rating, format.locale), g.comment ?? '—']
                : []),
            ],
          }))}
        />
      )}
      {steps.length ? (
        <Text size="sm" c="dimmed">
          {steps.join(' · ')}
        </Text>
      ) : null}
      {/* The official's comment on the goals, until the rating's acknowledgement may replace it. */}
      {a.officialComment && !a.ratedAt ? (
        <DetailList items={[{ label: t('comments.official'), value: a.officialComment }]} />
      ) : null}
      {a.actions.includes('acknowledge_goals') ? (
        <CommentAction
          appraisalId={a.id}
          path="/acknowledge-goals"
          intro={a.rules.workPlan ? t('goals.acknowledgePlanIntro') : t('goals.acknowledgeIntro')}
          submitLabel={t('goals.acknowledge')}
          done={t('goals.acknowledged')}
          testId="goals-acknowledge"
        />
      ) : null}
    </FileSection>
  );
}
