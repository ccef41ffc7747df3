import { Button, Card, Group, Radio, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Evaluation, EvaluationCreate } from '../../../contracts/learning-evaluations';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { questionsOf } from './evaluation-summary';
import { useRefreshSessions } from './sessions-queries';

type Source = 'trainer' | 'council';
type Values = { ratings: Record<string, string>; comment: string };

const scale = ['1', '2', '3', '4', '5'] as const;

/** A trainer's or the council's own evaluation of a session: each question 1–5 and a comment. */
export function EvaluationForm({ sessionId, source }: { sessionId: string; source: Source }) {
  const { t } = useTranslation('training-sessions');
  const refresh = useRefreshSessions();
  const questions = questionsOf(source);
  const form = useForm<Values>({
    initialValues: { ratings: Object.fromEntries(questions.map((q) => [q, ''])), comment: '' },
    validate: {
      ratings: (ratings) => (questions.every((q) => ratings[q]) ? null : t('evaluation.rateAll')),
    },
  });
  const send = useMutation({
    mutationFn: (body: EvaluationCreate) => api.post<Evaluation>(`/sessions/${sessionId}/evaluations`, body),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('evaluation.sent'));
    },
    onError: (error) => reportError(error, form),
  });
  const submit = form.onSubmit((v) =>
    send.mutate({
      source,
      enrolmentId: null,
      ratings: Object.fromEntries(questions.map((q) => [q, Number(v.ratings[q])])),
      comment: v.comment.trim(),
    }),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`evaluation-form-${source}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4" id={`evaluation-form-${source}`}>
            {t(`evaluation.formTitle.${source}`)}
          </Title>
          {questions.map((q) => (
            <Radio.Group
              key={q}
              label={t(`evaluation.questions.${q}`)}
              description={t('evaluation.scale')}
              required
              {...form.getInputProps(`ratings.${q}`)}
              error={form.errors.ratings && !form.values.ratings[q] ? form.errors.ratings : undefined}
              data-testid={`evaluation-${q}`}
            >
              <Group gap="lg" mt={6}>
                {scale.map((value) => (
                  <Radio key={value} value={value} label={value} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Textarea
            label={t('evaluation.comment')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={send.isPending} data-testid={`evaluation-submit-${source}`}>
              {t('evaluation.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
