import { Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TrainingRequest, TrainingRequestCreate } from '../../../contracts/training-requests';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { ChoiceSelect } from '../people/choice-select';
import { useProgrammeOptions, useProgrammeTitle } from './learning-options';
import { useRequestBodies } from './request-bodies';
import { useRefreshRequests } from './training-requests-queries';

type Values = {
  bodyId: string;
  programmeId: string;
  topic: string;
  preferredFrom: string;
  preferredTo: string;
  participants: number | string;
  note: string;
};

type Props = {
  organisation: { id: string; name: string; nameLatin: string; countryCode: string };
  onClose: () => void;
};

/** A municipality asks a national body of its country for a training, on a topic or a programme of its catalogue. */
export function RequestDialog({ organisation, onClose }: Props) {
  const { t } = useTranslation('training-sessions');
  const format = useFormat();
  const title = useProgrammeTitle();
  const refresh = useRefreshRequests();
  const bodies = useRequestBodies(organisation.countryCode, organisation.id);
  const form = useForm<Values>({
    initialValues: {
      bodyId: '',
      programmeId: '',
      topic: '',
      preferredFrom: '',
      preferredTo: '',
      participants: 20,
      note: '',
    },
    validate: {
      bodyId: (v) => (v ? null : t('validation.required')),
      topic: (v) => (v.trim() ? null : t('validation.required')),
      preferredFrom: (v) => (v ? null : t('validation.required')),
      preferredTo: (v, all) =>
        !v ? t('validation.required') : v < all.preferredFrom ? t('validation.toAfterFrom') : null,
      participants: (v) => (Number(v) >= 1 ? null : t('validation.required')),
    },
  });
  const catalogue = useProgrammeOptions({ ownerId: form.values.bodyId }, Boolean(form.values.bodyId));
  const send = useMutation({
    mutationFn: (v: Values) => {
      const body: TrainingRequestCreate = {
        organisationId: organisation.id,
        bodyId: v.bodyId,
        programmeId: v.programmeId || null,
        topic: v.topic.trim(),
        preferredFrom: v.preferredFrom,
        preferredTo: v.preferredTo,
        participants: Number(v.participants),
        note: v.note.trim(),
      };
      return api.post<TrainingRequest>('/training-requests', body);
    },
    onSuccess: async (saved) => {
      await refresh();
      notifySuccess(
        t('requests.sent', { body: format.name({ name: saved.bodyName, nameLatin: saved.bodyNameLatin }) }),
      );
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  const bodyProps = form.getInputProps('bodyId');
  const programmeProps = form.getInputProps('programmeId');

  return (
    <Modal opened onClose={onClose} title={t('requests.newTitle')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => send.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('requests.newIntro', { organisation: format.name(organisation) })}</Text>
          <ChoiceSelect
            label={t('requests.body')}
            options={bodies.options}
            {...bodyProps}
            onChange={(e) => {
              bodyProps.onChange(e);
              form.setFieldValue('programmeId', '');
            }}
            description={!bodies.loading && bodies.options.length === 0 ? t('requests.noBodies') : undefined}
            data-testid="request-body"
          />
          <Select
            label={t('requests.programme')}
            description={t('requests.programmeHint')}
            placeholder={form.values.bodyId ? t('requests.anyProgramme') : t('requests.chooseBodyFirst')}
            disabled={!form.values.bodyId}
            data={(catalogue.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} · ${title(p.title)}`,
            }))}
            searchable
            clearable
            nothingFoundMessage={t('form.noProgrammes')}
            {...programmeProps}
            value={form.values.programmeId || null}
            onChange={(id) => {
              programmeProps.onChange(id ?? '');
              const chosen = catalogue.data?.items.find((p) => p.id === id);
              if (chosen && !form.values.topic.trim()) form.setFieldValue('topic', title(chosen.title));
            }}
            data-testid="request-programme"
          />
          <TextInput
            label={t('requests.topic')}
            required
            maxLength={500}
            {...form.getInputProps('topic')}
            data-testid="request-topic"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('requests.preferredFrom')}
              required
              {...form.getInputProps('preferredFrom')}
              data-testid="request-from"
            />
            <DateField
              label={t('requests.preferredTo')}
              required
              min={form.values.preferredFrom || undefined}
              {...form.getInputProps('preferredTo')}
              data-testid="request-to"
            />
            <NumberInput
              label={t('requests.participants')}
              required
              min={1}
              max={1000}
              allowDecimal={false}
              {...form.getInputProps('participants')}
              data-testid="request-participants"
            />
          </SimpleGrid>
          <Textarea
            label={t('fields.note')}
            autosize
            minRows={2}
            maxLength={4000}
            {...form.getInputProps('note')}
          />
          <DialogActions
            submitLabel={t('requests.submit')}
            loading={send.isPending}
            onCancel={onClose}
            testId="request-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
