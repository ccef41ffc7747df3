import {
  Alert,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Appraisal } from '../../../contracts/appraisals';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { fieldErrorSink } from '../people/form-errors';
import { type GoalDraft, goalDraft, goalsInput, weightTotal } from './appraisal-drafts';
import { type AppraisalRequest, useAppraisalChange } from './appraisals-queries';

const maxGoals = 12;

/**
 * The rater writes the goals of a draft: a row per goal with how it is measured, its weight and
 * due date. Weights must add up to 100 before the goals are saved or proposed to the official.
 */
export function GoalsEditor({ appraisal }: { appraisal: Appraisal }) {
  const { t } = useTranslation('appraisals');
  const format = useFormat();
  const change = useAppraisalChange(appraisal.id);
  const canPropose = appraisal.actions.includes('propose_goals');
  const initial = appraisal.goals.length
    ? appraisal.goals.map((g) => goalDraft(g.id, g))
    : [goalDraft(randomId())];
  const form = useForm<{ goals: GoalDraft[] }>({
    initialValues: { goals: initial },
    validate: {
      goals: {
        description: (v) => (v.trim() ? null : t('goals.descriptionRequired')),
        measure: (v) => (v.trim() ? null : t('goals.measureRequired')),
        weight: (v) => (v === '' || v < 1 || v > 100 ? t('goals.weightRange') : null),
      },
    },
  });
  const goals = form.getValues().goals;
  const total = weightTotal(goals);
  const balanced = total === 100;

  const run = (requests: AppraisalRequest[], done: string) => {
    if (form.validate().hasErrors || !balanced) return;
    change.mutate(requests, {
      onSuccess: () => {
        form.resetDirty();
        notifySuccess(done);
      },
      onError: (error) => reportError(error, fieldErrorSink(form)),
    });
  };
  const save: AppraisalRequest = { method: 'put', path: '/goals', body: goalsInput(goals) };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('goals.editHint')}
      </Text>
      {appraisal.status === 'goals_proposed' ? (
        <Alert color="blue" variant="light">
          {t('goals.proposedEditHint')}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" data-testid="goals-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('goals.description')}</Table.Th>
              <Table.Th scope="col">{t('goals.measure')}</Table.Th>
              <Table.Th scope="col">{t('goals.weight')}</Table.Th>
              <Table.Th scope="col">{t('goals.dueOn')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('goals.remove')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {goals.map((goal, i) => {
              const n = { number: i + 1 };
              return (
                <Table.Tr key={goal.key} data-testid="goal-row">
                  <Table.Td miw={260}>
                    <Textarea
                      aria-label={t('goals.descriptionOf', n)}
                      autosize
                      minRows={1}
                      maxLength={2000}
                      {...form.getInputProps(`goals.${i}.description`)}
                    />
                  </Table.Td>
                  <Table.Td miw={200}>
                    <Textarea
                      aria-label={t('goals.measureOf', n)}
                      autosize
                      minRows={1}
                      maxLength={1000}
                      {...form.getInputProps(`goals.${i}.measure`)}
                    />
                  </Table.Td>
                  <Table.Td w={110}>
                    <NumberInput
                      aria-label={t('goals.weightOf', n)}
                      min={1}
                      max={100}
                      allowDecimal={false}
                      allowNegative={false}
                      suffix=" %"
                      hideControls
                      {...form.getInputProps(`goals.${i}.weight`)}
                    />
                  </Table.Td>
                  <Table.Td w={170}>
                    <DateField
                      aria-label={t('goals.dueOnOf', n)}
                      min={`${appraisal.year}-01-01`}
                      max={`${appraisal.year}-12-31`}
                      {...form.getInputProps(`goals.${i}.dueOn`)}
                    />
                  </Table.Td>
                  <Table.Td w={100}>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      disabled={goals.length === 1}
                      onClick={() => form.removeListItem('goals', i)}
                      aria-label={t('goals.removeOf', n)}
                    >
                      {t('goals.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" gap="sm">
        <Button
          variant="default"
          size="xs"
          disabled={goals.length >= maxGoals}
          onClick={() => form.insertListItem('goals', goalDraft(randomId()))}
          data-testid="goal-add"
        >
          {t('goals.add')}
        </Button>
        <Text
          size="sm"
          fw={600}
          c={balanced ? 'green.9' : 'red.9'}
          role="status"
          data-testid="goal-weight-total"
        >
          {t('goals.total', { total: format.number(total) })}
          {balanced ? '' : ` ${t('goals.totalMustBe')}`}
        </Text>
      </Group>
      <Group gap="sm">
        <Button
          variant={canPropose ? 'default' : 'filled'}
          loading={change.isPending}
          onClick={() => run([save], t('goals.saved'))}
          data-testid="goals-save"
        >
          {t('goals.save')}
        </Button>
        {canPropose ? (
          <Button
            loading={change.isPending}
            onClick={() =>
              run(
                [
                  ...(form.isDirty() || appraisal.goals.length === 0 ? [save] : []),
                  { method: 'post', path: '/propose-goals' },
                ],
                t('goals.proposed'),
              )
            }
            data-testid="goals-propose"
          >
            {t('goals.propose')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
