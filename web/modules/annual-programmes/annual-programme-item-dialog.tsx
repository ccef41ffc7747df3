import { Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  AnnualProgramme,
  AnnualProgrammeItem,
  AnnualProgrammeItemCreate,
} from '../../../contracts/annual-programmes';
import { deliveryModes, programmeParts, targetGroups } from '../../../contracts/learning-catalogue';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useCatalogueChoices, useRefreshAnnualProgrammes } from './annual-programmes-queries';

type Values = Omit<AnnualProgrammeItemCreate, 'title' | 'source'> & {
  from: 'catalogue' | 'own';
  name: string;
  nameEn: string;
};

type Props = { programme: AnnualProgramme; item: AnnualProgrammeItem | null; onClose: () => void };

function initial(item: AnnualProgrammeItem | null): Values {
  return {
    from: item && !item.programmeId ? 'own' : 'catalogue',
    programmeId: item?.programmeId ?? null,
    name: item && !item.programmeId ? item.title.name : '',
    nameEn: item && !item.programmeId ? item.title.nameEn : '',
    part: item?.part ?? 'general',
    mode: item?.mode ?? 'in_person',
    targetGroup: item?.targetGroup ?? 'all',
    quarter: item?.quarter ?? 1,
    plannedSessions: item?.plannedSessions ?? 1,
    plannedParticipants: item?.plannedParticipants ?? 20,
    budget: item?.budget ?? 0,
    fundingSource: item?.fundingSource ?? '',
  };
}

/** Adds or edits an item: a catalogue programme of the country, or a training under its own title. */
export function AnnualProgrammeItemDialog({ programme, item, onClose }: Props) {
  const { t } = useTranslation('annual-programmes');
  const { locale } = useFormat();
  const refresh = useRefreshAnnualProgrammes();
  const special = programme.kind === 'special';
  const choices = useCatalogueChoices(programme.countryCode);
  const required = (v: string) => (v.trim() ? null : t('item.required'));
  const form = useForm<Values>({
    initialValues: initial(item),
    validate: {
      programmeId: (v, all) => (all.from === 'catalogue' && !v ? t('item.required') : null),
      name: (v, all) => (all.from === 'own' ? required(v) : null),
      nameEn: (v, all) => (all.from === 'own' ? required(v) : null),
    },
  });
  const save = useMutation({
    mutationFn: ({ from, name, nameEn, ...v }: Values) => {
      const body = {
        ...v,
        programmeId: from === 'catalogue' ? v.programmeId : null,
        title: from === 'own' ? { name: name.trim(), nameEn: nameEn.trim() } : null,
      };
      const base = `/annual-programmes/${programme.id}/items`;
      return item
        ? api.patch<AnnualProgramme>(`${base}/${item.id}`, body)
        : api.post<AnnualProgramme>(base, body);
    },
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('item.saved'));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`catalogue:${prefix}.${value}`) }));
  const parts = programmeParts.filter((p) => special || p !== 'special');

  return (
    <Modal opened onClose={onClose} title={t(item ? 'item.editTitle' : 'item.addTitle')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <SegmentedControl
            data={[
              { value: 'catalogue', label: t('item.fromCatalogue') },
              { value: 'own', label: t('item.ownTitle') },
            ]}
            {...form.getInputProps('from')}
          />
          {form.values.from === 'catalogue' ? (
            <Select
              label={t('item.programme')}
              required
              searchable
              data-autofocus
              nothingFoundMessage={t('item.noProgrammes')}
              data={(choices.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.code} — ${packLabel(p.title, locale)}`,
              }))}
              {...form.getInputProps('programmeId')}
              onChange={(id) => {
                form.setFieldValue('programmeId', id);
                // The catalogue entry suggests the part and mode; both stay editable.
                const chosen = choices.data?.items.find((p) => p.id === id);
                if (chosen && (special || chosen.part !== 'special')) form.setFieldValue('part', chosen.part);
                if (chosen?.deliveryModes[0]) form.setFieldValue('mode', chosen.deliveryModes[0]);
              }}
            />
          ) : (
            <>
              <TextInput label={t('item.name')} required maxLength={600} {...form.getInputProps('name')} />
              <TextInput
                label={t('item.nameEn')}
                required
                maxLength={600}
                {...form.getInputProps('nameEn')}
              />
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('columns.part')}
              data={options(parts, 'parts')}
              allowDeselect={false}
              {...form.getInputProps('part')}
            />
            <Select
              label={t('columns.mode')}
              data={options(deliveryModes, 'modes')}
              allowDeselect={false}
              {...form.getInputProps('mode')}
            />
            <Select
              label={t('columns.targetGroup')}
              data={options(targetGroups, 'targetGroups')}
              allowDeselect={false}
              {...form.getInputProps('targetGroup')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('columns.quarter')}
              data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('item.quarter', { quarter: q }) }))}
              allowDeselect={false}
              value={String(form.values.quarter)}
              onChange={(v) => form.setFieldValue('quarter', Number(v ?? 1))}
              error={form.errors.quarter}
            />
            <NumberInput
              label={t('columns.plannedSessions')}
              min={1}
              max={1000}
              {...form.getInputProps('plannedSessions')}
            />
            <NumberInput
              label={t('columns.plannedParticipants')}
              min={1}
              max={100000}
              {...form.getInputProps('plannedParticipants')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('columns.budget')}
              min={0}
              decimalScale={2}
              {...form.getInputProps('budget')}
            />
            <TextInput
              label={t('columns.fundingSource')}
              maxLength={200}
              {...form.getInputProps('fundingSource')}
            />
          </SimpleGrid>
          <DialogActions
            submitLabel={t('item.save')}
            onCancel={onClose}
            loading={save.isPending}
            testId="item-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
