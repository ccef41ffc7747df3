import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { packLabel } from '../../../contracts/positions';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { FileSection } from '../people/file-section';
import { fieldErrorSink } from '../people/form-errors';
import { LongTextInput } from '../people/long-text-input';
import { type RatingDraft, ratingDraft, ratingsInput, unratedCount } from './appraisal-drafts';
import { gradeLabel, ratingOptions } from './appraisal-scale';
import { type AppraisalRequest, useAppraisalChange } from './appraisals-queries';

type Values = {
  goals: RatingDraft[];
  competencies: RatingDraft[];
  raterComment: string;
  trainingNeeds: string;
};
type Row = { key: string; name: string; detail: string };

/**
 * The rater's final rating: each goal and competency on the country's scale with a comment, the
 * rater's overall comment and the training the official needs. Submitting computes the grade.
 */
export function RatingForm({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const change = useAppraisalChange(a.id);
  const [missing, setMissing] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      goals: a.goals.map(ratingDraft),
      competencies: a.competencies.map(ratingDraft),
      raterComment: a.raterComment ?? '',
      trainingNeeds: a.trainingNeeds ?? '',
    },
  });
  const options = [{ value: '', label: t('rating.notRated') }, ...ratingOptions(a.rules, format.locale)];
  const values = form.getValues();
  const save = (): AppraisalRequest[] => [
    { method: 'put', path: '/ratings', body: ratingsInput(values) },
    {
      method: 'patch',
      path: '',
      body: {
        raterComment: values.raterComment.trim() || null,
        trainingNeeds: values.trainingNeeds.trim() || null,
      },
    },
  ];
  const run = (requests: AppraisalRequest[], done: (fresh: Appraisal | undefined) => string) =>
    change.mutate(requests, {
      onSuccess: (fresh) => {
        form.resetDirty();
        notifySuccess(done(fresh));
      },
      onError: (error) => reportError(error, fieldErrorSink(form)),
    });
  const submit = () => {
    const unrated = unratedCount(values) > 0;
    setMissing(unrated);
    if (!unrated)
      run([...save(), { method: 'post', path: '/submit-rating' }], (fresh) =>
        fresh?.grade != null && fresh.score != null
          ? t('rating.submittedWith', {
              score: format.number(fresh.score),
              grade: gradeLabel(fresh.rules, fresh.grade, format.locale),
            })
          : t('rating.submitted'),
      );
  };

  const table = (list: 'goals' | 'competencies', caption: string, first: string, rows: Row[]) => (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {caption}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" data-testid={`rating-${list}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{first}</Table.Th>
              <Table.Th scope="col">{t('rating.rating')}</Table.Th>
              <Table.Th scope="col">{t('rating.comment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  <Text size="sm">{row.name}</Text>
                  <Text size="xs" c="dimmed">
                    {row.detail}
                  </Text>
                </Table.Td>
                <Table.Td w={240}>
                  <NativeSelect
                    aria-label={t('rating.ratingOf', { name: row.name })}
                    data={options}
                    {...form.getInputProps(`${list}.${i}.rating`)}
                  />
                </Table.Td>
                <Table.Td w={280}>
                  <TextInput
                    aria-label={t('rating.commentOf', { name: row.name })}
                    maxLength={2000}
                    {...form.getInputProps(`${list}.${i}.comment`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );

  return (
    <FileSection title={t('rating.title')}>
      <Text size="sm" c="dimmed">
        {t('rating.intro')}
      </Text>
      {table(
        'goals',
        a.rules.workPlan ? t('goals.workPlanTitle') : t('goals.title'),
        t('rating.goal'),
        a.goals.map((g) => ({
          key: g.id,
          name: g.description,
          detail: t('rating.goalDetail', { weight: format.number(g.weight), measure: g.measure }),
        })),
      )}
      {a.competencies.length
        ? table(
            'competencies',
            t('competencies.title'),
            t('competencies.name'),
            a.competencies.map((c) => ({
              key: c.id,
              name: packLabel(c, format.locale),
              detail:
                c.requiredLevel === null
                  ? t(`competencyKinds.${c.kind}`)
                  : `${t(`competencyKinds.${c.kind}`)} · ${t('competencies.levelOf', { level: c.requiredLevel })}`,
            })),
          )
        : null}
      <LongTextInput
        label={t('comments.rater')}
        maxLength={4000}
        data-testid="rating-rater-comment"
        {...form.getInputProps('raterComment')}
      />
      <LongTextInput
        label={t('comments.trainingNeeds')}
        description={t('comments.trainingNeedsHint')}
        maxLength={4000}
        data-testid="rating-training-needs"
        {...form.getInputProps('trainingNeeds')}
      />
      {missing ? (
        <Alert color="red" variant="light" role="alert">
          {t('rating.rateAll')}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          variant="default"
          loading={change.isPending}
          onClick={() => run(save(), () => t('rating.saved'))}
          data-testid="rating-save"
        >
          {t('rating.save')}
        </Button>
        {a.actions.includes('submit_rating') ? (
          <Button loading={change.isPending} onClick={submit} data-testid="rating-submit">
            {t('rating.submit')}
          </Button>
        ) : null}
      </Group>
    </FileSection>
  );
}
