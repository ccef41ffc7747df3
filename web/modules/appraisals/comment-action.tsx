import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifySuccess, reportError } from '../../app/problems';
import { LongTextInput } from '../people/long-text-input';
import { useAppraisalChange } from './appraisals-queries';

type Props = {
  appraisalId: string;
  /** The action below `/appraisals/:id`, taking `{ comment }`. */
  path: '/acknowledge-goals' | '/acknowledge';
  intro: string;
  submitLabel: string;
  done: string;
  testId: string;
};

/** The official signs a step (goals, the rating), with an optional comment the file keeps. */
export function CommentAction({ appraisalId, path, intro, submitLabel, done, testId }: Props) {
  const { t } = useTranslation('appraisals');
  const change = useAppraisalChange(appraisalId);
  const form = useForm({ initialValues: { comment: '' } });
  const submit = form.onSubmit(({ comment }) =>
    change.mutate([{ method: 'post', path, body: { comment: comment.trim() || null } }], {
      onSuccess: () => notifySuccess(done),
      onError: (error) => reportError(error, form),
    }),
  );
  return (
    <Paper withBorder p="md" bg="blue.0">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{intro}</Text>
          <LongTextInput
            label={t('comments.yourComment')}
            description={t('comments.optional')}
            maxLength={4000}
            data-testid={`${testId}-comment`}
            {...form.getInputProps('comment')}
          />
          <Group>
            <Button type="submit" loading={change.isPending} data-testid={testId}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
