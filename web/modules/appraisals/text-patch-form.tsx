import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifySuccess, reportError } from '../../app/problems';
import { LongTextInput } from '../people/long-text-input';
import { useAppraisalChange } from './appraisals-queries';

type Props = {
  appraisalId: string;
  field: 'officialInterimComment' | 'raterComment' | 'trainingNeeds';
  value: string | null;
  label: string;
  description: string;
  submitLabel: string;
  done: string;
  testId: string;
};

/** One comment field of the rater's or the official's, saved on its own (`PATCH /appraisals/:id`). */
export function TextPatchForm({
  appraisalId,
  field,
  value,
  label,
  description,
  submitLabel,
  done,
  testId,
}: Props) {
  const change = useAppraisalChange(appraisalId);
  const form = useForm({ initialValues: { [field]: value ?? '' } });
  const submit = form.onSubmit((values) =>
    change.mutate([{ method: 'patch', path: '', body: { [field]: values[field]?.trim() || null } }], {
      onSuccess: () => {
        form.resetDirty();
        notifySuccess(done);
      },
      onError: (error) => reportError(error, form),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <LongTextInput
          label={label}
          description={description}
          maxLength={4000}
          data-testid={`${testId}-text`}
          {...form.getInputProps(field)}
        />
        <Group>
          <Button type="submit" variant="default" loading={change.isPending} data-testid={testId}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
