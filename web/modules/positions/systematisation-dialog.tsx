import { Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Systematisation } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DateField } from '../../components/date-field';
import { DialogActions } from '../../components/dialog-actions';
import { useRefreshPositions } from './positions-queries';

type Props = {
  organisationId: string;
  /** Editing this draft; absent when starting a new one. */
  version?: Systematisation;
  /** Versions a new draft may copy its positions from. */
  sources?: Systematisation[];
  /** The version a new draft copies by default (the act in force). */
  defaultSource?: Systematisation | null;
  onClose: () => void;
};

type Values = { number: string; actDate: string; validFrom: string; notes: string; copyFrom: string };

/** Start a draft of the act (usually a copy of the act in force) or change a draft's number, dates and notes. */
export function SystematisationDialog({
  organisationId,
  version,
  sources = [],
  defaultSource,
  onClose,
}: Props) {
  const { t } = useTranslation('positions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshPositions();
  const form = useForm<Values>({
    initialValues: {
      number: version?.number ?? '',
      actDate: version?.actDate ?? '',
      validFrom: version?.validFrom ?? '',
      notes: version?.notes ?? '',
      copyFrom: defaultSource?.id ?? '',
    },
    validate: {
      number: (v) => (v.trim() ? null : t('validation.numberRequired')),
      validFrom: (v, values) =>
        v && values.actDate && v < values.actDate ? t('validation.validFromBeforeActDate') : null,
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        number: v.number.trim(),
        actDate: v.actDate || null,
        validFrom: v.validFrom || null,
        notes: v.notes.trim() || null,
      };
      if (version) return api.patch<Systematisation>(`/systematisations/${version.id}`, body);
      return api.post<Systematisation>('/systematisations', {
        ...body,
        organisationId,
        copyFrom: v.copyFrom || null,
      });
    },
    onSuccess: async (saved) => {
      await refresh();
      notifySuccess(version ? t('act.saved') : t('act.created'));
      onClose();
      if (!version) navigate(`/systematisations/${saved.id}`);
    },
    onError: (error) => reportError(error, form),
  });

  const sourceLabel = (s: Systematisation) =>
    t('act.sourceOption', {
      number: s.number,
      status: t(`status.${s.status}`),
      positions: format.number(s.positions),
    });
  return (
    <Modal
      opened
      onClose={onClose}
      title={version ? t('act.editTitle') : t('act.createTitle')}
      centered
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <TextInput
            label={t('fields.number')}
            description={t('act.numberHint')}
            required
            data-autofocus
            {...form.getInputProps('number')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField label={t('fields.actDate')} {...form.getInputProps('actDate')} />
            <DateField label={t('fields.validFrom')} {...form.getInputProps('validFrom')} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt={-8}>
            {t('act.datesHint')}
          </Text>
          {!version ? (
            <NativeSelect
              label={t('fields.copyFrom')}
              description={t('act.copyFromHint')}
              data={[
                { value: '', label: t('act.startEmpty') },
                ...sources.map((s) => ({ value: s.id, label: sourceLabel(s) })),
              ]}
              {...form.getInputProps('copyFrom')}
            />
          ) : null}
          <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <DialogActions
            submitLabel={version ? tc('actions.save') : t('act.create')}
            onCancel={onClose}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
