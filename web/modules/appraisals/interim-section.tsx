import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appraisal, InterimInput } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DetailList } from '../../components/detail-list';
import { FileSection } from '../people/file-section';
import { LongTextInput } from '../people/long-text-input';
import { useCommentsAs } from './appraisal-reader';
import { useAppraisalChange } from './appraisals-queries';
import { TextPatchForm } from './text-patch-form';

/**
 * The interim review (meeting) half-way through the year: the rater's conclusions and a note per
 * goal; the official may answer with a comment of their own.
 */
export function InterimSection({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const recording = a.actions.includes('interim');
  const answering = useCommentsAs(a) === 'official' && a.status === 'active' && Boolean(a.interimAt);
  // A review already recorded is shown as such; its form opens only to correct it.
  const [correcting, setCorrecting] = useState(false);
  if (!a.interimAt && !recording && !answering) return null;
  return (
    <FileSection title={t('interim.title')}>
      {a.interimAt ? (
        <DetailList
          items={[
            { label: t('interim.heldOn'), value: format.date(a.interimAt) },
            { label: t('interim.raterComment'), value: a.interimComment },
            ...(answering ? [] : [{ label: t('interim.officialComment'), value: a.officialInterimComment }]),
          ]}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('interim.notYet')}
        </Text>
      )}
      {recording && (!a.interimAt || correcting) ? (
        <InterimForm appraisal={a} />
      ) : recording ? (
        <Group>
          <Button variant="default" onClick={() => setCorrecting(true)} data-testid="interim-correct">
            {t('interim.update')}
          </Button>
        </Group>
      ) : null}
      {answering ? (
        <TextPatchForm
          appraisalId={a.id}
          field="officialInterimComment"
          value={a.officialInterimComment}
          label={t('interim.officialComment')}
          description={t('interim.officialCommentHint')}
          submitLabel={t('interim.saveOfficialComment')}
          done={t('comments.saved')}
          testId="interim-official-comment"
        />
      ) : null}
    </FileSection>
  );
}

/** The rater records (or corrects) the interim review. */
function InterimForm({ appraisal: a }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const change = useAppraisalChange(a.id);
  const form = useForm({
    initialValues: {
      interimComment: a.interimComment ?? '',
      notes: a.goals.map((g) => ({ goalId: g.id, note: g.interimNote ?? '' })),
    },
    validate: { interimComment: (v) => (v.trim() ? null : t('interim.commentRequired')) },
  });
  const submit = form.onSubmit((values) => {
    const body: InterimInput = {
      interimComment: values.interimComment.trim(),
      notes: values.notes.map((n) => ({ goalId: n.goalId, note: n.note.trim() || null })),
    };
    change.mutate([{ method: 'post', path: '/interim', body }], {
      onSuccess: () => notifySuccess(t('interim.recorded')),
      onError: (error) => reportError(error, form),
    });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <LongTextInput
          label={t('interim.raterComment')}
          description={t('interim.raterCommentHint')}
          required
          maxLength={4000}
          data-testid="interim-comment"
          {...form.getInputProps('interimComment')}
        />
        {a.goals.map((g, i) => (
          <LongTextInput
            key={g.id}
            label={t('interim.noteOn', { number: i + 1 })}
            description={g.description}
            {...form.getInputProps(`notes.${i}.note`)}
          />
        ))}
        <Group>
          <Button type="submit" loading={change.isPending} data-testid="interim-submit">
            {a.interimAt ? t('interim.update') : t('interim.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
