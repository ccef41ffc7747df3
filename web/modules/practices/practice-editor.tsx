import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Practice } from '../../../contracts/practices';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { ConfirmModal } from '../../components/confirm-modal';
import { fieldErrorSink } from '../people/form-errors';
import { PracticeForm } from './practice-form';
import { newPracticeValues, type PracticeValues, practiceBody, practiceValues } from './practice-form-values';
import { usePracticeText } from './practice-labels';
import { useStorePractice } from './practice-queries';

type Props = {
  /** The saved practice, or none for a new one of this municipality. */
  practice: Practice | null;
  organisationId: string;
  countryCode: string;
};

/**
 * The HR officer's form: save a draft, or save and send it to the association for moderation.
 * Shown once the country's categories are loaded, so a new practice starts in the first one.
 */
export function PracticeEditor({ practice, organisationId, countryCode }: Props) {
  const { t } = useTranslation('practices');
  const locale = useLocale();
  const navigate = useNavigate();
  const store = useStorePractice();
  const text = usePracticeText();
  const categories = text.categories(countryCode);
  const [deleting, setDeleting] = useState(false);
  const form = useForm<PracticeValues>({
    initialValues: practice ? practiceValues(practice) : newPracticeValues(locale, categories[0]?.code ?? ''),
  });

  const save = async (values: PracticeValues) => {
    const body = practiceBody(values);
    return practice
      ? api.patch<Practice>(`/practices/${practice.id}`, body)
      : api.post<Practice>('/practices', { organisationId, ...body });
  };
  const mutation = useMutation({
    mutationFn: async ({ values, submit }: { values: PracticeValues; submit: boolean }) => {
      const saved = await save(values);
      return submit ? api.post<Practice>(`/practices/${saved.id}/submit`) : saved;
    },
    onSuccess: async (saved, { submit }) => {
      notifySuccess(submit ? t('form.submitted') : t('form.saved'));
      await store(saved);
      if (submit) navigate('/practices/mine');
      else if (!practice) navigate(`/practices/${saved.id}/edit`, { replace: true });
    },
    onError: (error) => reportError(error, fieldErrorSink(form)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/practices/${id}`),
    onSuccess: () => {
      notifySuccess(t('form.deleted'));
      navigate('/practices/mine');
    },
    onError: (error) => reportError(error),
  });

  return (
    <form
      onSubmit={form.onSubmit((values) => mutation.mutate({ values, submit: false }))}
      noValidate
      data-testid="practice-form"
    >
      <Stack maw={900}>
        {practice?.status === 'returned' && practice.moderationNote ? (
          <Alert color="orange" variant="light" title={t('form.returnedTitle')} data-testid="moderation-note">
            {practice.moderationNote}
          </Alert>
        ) : null}
        <PracticeForm form={form} categories={categories} />
        <Group>
          <Button
            type="submit"
            variant="default"
            loading={mutation.isPending && !mutation.variables?.submit}
            disabled={mutation.isPending}
            data-testid="practice-save"
          >
            {t('form.saveDraft')}
          </Button>
          <Button
            loading={mutation.isPending && mutation.variables?.submit}
            disabled={mutation.isPending}
            onClick={() => form.onSubmit((values) => mutation.mutate({ values, submit: true }))()}
            data-testid="practice-submit"
          >
            {t('form.submit')}
          </Button>
          {practice?.status === 'draft' ? (
            <Button
              variant="subtle"
              color="red.8"
              onClick={() => setDeleting(true)}
              data-testid="practice-delete"
            >
              {t('form.delete')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {practice ? (
        <ConfirmModal
          opened={deleting}
          title={t('form.deleteTitle')}
          message={t('form.deleteMessage')}
          confirmLabel={t('form.delete')}
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate(practice.id)}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </form>
  );
}
