import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AnnualProgramme } from '../../../contracts/annual-programmes';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { useRefreshAnnualProgrammes } from './annual-programmes-queries';

export type Step = 'send-for-opinion' | 'record-opinion' | 'adopt';
type Values = { on: string; opinion: string; act: string };

const today = () => new Date().toISOString().slice(0, 10);

/** One step of the workflow that records a date: sending for opinion, the opinion, the adoption. */
export function AnnualProgrammeStepDialog({
  programme,
  step,
  onClose,
}: {
  programme: AnnualProgramme;
  step: Step;
  onClose: () => void;
}) {
  const { t } = useTranslation('annual-programmes');
  const refresh = useRefreshAnnualProgrammes();
  const required = (v: string) => (v.trim() ? null : t('item.required'));
  const form = useForm<Values>({
    initialValues: { on: today(), opinion: programme.opinion ?? '', act: '' },
    validate: {
      on: required,
      opinion: (v) => (step === 'record-opinion' ? required(v) : null),
      act: (v) => (step === 'adopt' ? required(v) : null),
    },
  });
  const run = useMutation({
    mutationFn: ({ on, opinion, act }: Values) =>
      api.post<AnnualProgramme>(
        `/annual-programmes/${programme.id}/${step}`,
        step === 'record-opinion' ? { on, opinion } : step === 'adopt' ? { on, act } : { on },
      ),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t(`steps.${step}.done`));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  return (
    <Modal opened onClose={onClose} title={t(`steps.${step}.title`)} centered>
      <form onSubmit={form.onSubmit((v) => run.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t(`steps.${step}.message`)}</Text>
          <DateField label={t(`steps.${step}.on`)} required {...form.getInputProps('on')} />
          {step === 'record-opinion' ? (
            <Textarea
              label={t('fields.opinion')}
              required
              autosize
              minRows={3}
              maxLength={8000}
              data-autofocus
              {...form.getInputProps('opinion')}
            />
          ) : null}
          {step === 'adopt' ? (
            <TextInput
              label={t('fields.adoptionAct')}
              required
              maxLength={100}
              data-autofocus
              {...form.getInputProps('act')}
            />
          ) : null}
          <DialogActions
            submitLabel={t(`steps.${step}.confirm`)}
            onCancel={onClose}
            loading={run.isPending}
            testId="step-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
