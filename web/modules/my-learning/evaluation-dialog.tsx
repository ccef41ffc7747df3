import { Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { evaluationQuestions } from '../../../contracts/learning-evaluations';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { fieldErrorSink } from '../people/form-errors';
import { LongTextInput } from '../people/long-text-input';
import { useEvaluate } from './my-learning-queries';

type Source = 'participant' | 'manager';
type Props = {
  source: Source;
  sessionId: string;
  enrolmentId: string;
  /** What is rated: the programme, and for a manager whose training. */
  subject: string;
  onClose: () => void;
};

const scale = ['1', '2', '3', '4', '5'];

/**
 * A participant's rating of a finished session, or the line manager's rating of its impact on the
 * work some months later: each question 1 (poor) to 5 (excellent), and a comment.
 */
export function EvaluationDialog({ source, sessionId, enrolmentId, subject, onClose }: Props) {
  const { t } = useTranslation('my-learning');
  const evaluate = useEvaluate(sessionId);
  const questions = evaluationQuestions[source];
  const form = useForm({
    initialValues: {
      ratings: Object.fromEntries(questions.map((q) => [q, ''])) as Record<string, string>,
      comment: '',
    },
    validate: {
      ratings: Object.fromEntries(
        questions.map((q) => [q, (v: string) => (v ? null : t('evaluate.required'))]),
      ),
    },
  });
  const submit = form.onSubmit((values) =>
    evaluate.mutate(
      {
        source,
        enrolmentId,
        ratings: Object.fromEntries(questions.map((q) => [q, Number(values.ratings[q])])),
        comment: values.comment.trim(),
      },
      {
        onSuccess: () => {
          notifySuccess(t('evaluate.thanks'));
          onClose();
        },
        onError: (error) => reportError(error, fieldErrorSink(form)),
      },
    ),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={source === 'participant' ? t('evaluate.title') : t('impact.title')}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" fw={500}>
            {subject}
          </Text>
          <Text size="sm" c="dimmed">
            {source === 'participant' ? t('evaluate.intro') : t('impact.intro')}
          </Text>
          {questions.map((q) => (
            <Radio.Group
              key={q}
              label={t(`questions.${q}`)}
              description={source === 'participant' ? t('evaluate.scale') : t('impact.scale')}
              required
              data-testid={`rating-${q}`}
              {...form.getInputProps(`ratings.${q}`)}
            >
              <Group gap="lg" mt={6}>
                {scale.map((value) => (
                  <Radio key={value} value={value} label={value} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <LongTextInput
            label={t('evaluate.comment')}
            description={source === 'participant' ? t('evaluate.commentHint') : t('impact.commentHint')}
            maxLength={4000}
            {...form.getInputProps('comment')}
          />
          <DialogActions
            submitLabel={t('evaluate.submit')}
            loading={evaluate.isPending}
            onCancel={onClose}
            testId="evaluation-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
