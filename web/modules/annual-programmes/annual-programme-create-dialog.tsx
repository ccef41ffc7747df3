import { Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AnnualProgramme, AnnualProgrammeCreate } from '../../../contracts/annual-programmes';
import type { Membership } from '../../../contracts/identity';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useOwnProgrammes, useRefreshAnnualProgrammes } from './annual-programmes-queries';

type Props = { organisations: Membership[]; year: number; onClose: () => void };

/** A new programme for a year: the body's general one or the municipality's special one. */
export function AnnualProgrammeCreateDialog({ organisations, year, onClose }: Props) {
  const { t } = useTranslation('annual-programmes');
  const format = useFormat();
  const navigate = useNavigate();
  const refresh = useRefreshAnnualProgrammes();
  const first = organisations[0];
  const form = useForm<AnnualProgrammeCreate>({
    initialValues: {
      organisationId: first?.organisationId ?? '',
      year,
      title: t('create.defaultTitle', { year }),
      copyFromId: null,
    },
    validate: { title: (v) => (v.trim() ? null : t('create.titleRequired')) },
  });
  const own = useOwnProgrammes(form.values.organisationId || null);
  const create = useMutation({
    mutationFn: (v: AnnualProgrammeCreate) => api.post<AnnualProgramme>('/annual-programmes', v),
    onSuccess: async (p) => {
      await refresh();
      notifySuccess(t('create.done', { year: p.year }));
      void navigate(`/annual-programmes/${p.id}`);
    },
    onError: (error) => reportError(error, form),
  });
  const name = (m: Membership) =>
    format.name({ name: m.organisationName, nameLatin: m.organisationNameLatin });

  return (
    <Modal opened onClose={onClose} title={t('create.title')} centered>
      <form onSubmit={form.onSubmit((v) => create.mutate(v))} noValidate>
        <Stack>
          <Text size="sm">{t('create.explanation')}</Text>
          {organisations.length > 1 ? (
            <Select
              label={t('fields.organisation')}
              data={organisations.map((m) => ({ value: m.organisationId, label: name(m) }))}
              allowDeselect={false}
              {...form.getInputProps('organisationId')}
            />
          ) : null}
          <NumberInput
            label={t('fields.year')}
            min={2000}
            max={2100}
            required
            {...form.getInputProps('year')}
          />
          <TextInput label={t('fields.title')} required maxLength={300} {...form.getInputProps('title')} />
          <Select
            label={t('create.copyFrom')}
            placeholder={t('create.copyNone')}
            clearable
            data={(own.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.year} — ${p.title}` }))}
            {...form.getInputProps('copyFromId')}
          />
          <DialogActions submitLabel={t('create.confirm')} onCancel={onClose} loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
