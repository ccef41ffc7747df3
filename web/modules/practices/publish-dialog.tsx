import { Input, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Practice, PracticeScores } from '../../../contracts/practices';
import { api } from '../../app/api-client';
import { reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { scoreCriteria } from './practice-labels';

type Values = { scores: Record<keyof PracticeScores, string>; note: string };

const grades = ['1', '2', '3', '4', '5'];

/** Publishing is judging: each of the four criteria 1–5 (all must be chosen), and an optional note. */
export function PublishDialog({
  practice,
  onClose,
  onDone,
}: {
  practice: Practice;
  onClose: () => void;
  onDone: (saved: Practice) => void;
}) {
  const { t } = useTranslation('practices');
  const form = useForm<Values>({
    initialValues: {
      scores: { innovation: '', impact: '', sustainability: '', transferability: '' },
      note: '',
    },
    validate: {
      scores: Object.fromEntries(
        scoreCriteria.map((c) => [c, (v: string) => (v ? null : t('moderation.scoreRequired'))]),
      ),
    },
  });
  const publish = useMutation({
    mutationFn: ({ scores, note }: Values) =>
      api.post<Practice>(`/practices/${practice.id}/moderation`, {
        decision: 'publish',
        scores: Object.fromEntries(scoreCriteria.map((c) => [c, Number(scores[c])])),
        note: note.trim(),
      }),
    onSuccess: (saved) => {
      onDone(saved);
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  return (
    <Modal opened onClose={onClose} title={t('moderation.publishTitle')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => publish.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('moderation.publishMessage')}</Text>
          {scoreCriteria.map((c) => {
            const error = form.errors[`scores.${c}`];
            return (
              <Input.Wrapper
                key={c}
                label={t(`scores.${c}`)}
                description={t(`scores.${c}Hint`)}
                required
                error={error}
                id={`score-${c}`}
              >
                <SegmentedControl
                  fullWidth
                  aria-labelledby={`score-${c}-label`}
                  value={form.values.scores[c]}
                  onChange={(v) => form.setFieldValue(`scores.${c}`, v)}
                  data={grades.map((g) => ({ value: g, label: t(`scores.grade${g}`) }))}
                  data-testid={`moderation-score-${c}`}
                />
              </Input.Wrapper>
            );
          })}
          <Text size="xs" c="dimmed">
            {t('scores.scale')}
          </Text>
          <Textarea
            label={t('moderation.note')}
            description={t('moderation.publishNoteHint')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('note')}
            data-testid="moderation-note-text"
          />
          <DialogActions
            submitLabel={t('moderation.publish')}
            loading={publish.isPending}
            onCancel={onClose}
            testId="moderation-publish-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
