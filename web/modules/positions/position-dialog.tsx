import { Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RequiredCompetency } from '../../../contracts/competencies';
import type { OrgUnit } from '../../../contracts/organisations';
import {
  type EducationLevel,
  educationLevels,
  type Position,
  type PositionCategory,
  positionCategories,
} from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useLatinNameSync } from '../../components/latin-name';
import { RequiredCompetenciesFields } from '../competencies/required-competencies';
import type { usePackLabels } from './positions-labels';
import { useRefreshPositions, useSystematisation } from './positions-queries';
import { useUnitOptions } from './unit-options';

type Props = {
  systematisationId: string;
  countryCode: string;
  units: OrgUnit[];
  labels: ReturnType<typeof usePackLabels>;
  /** Editing this position; absent when adding one. */
  position?: Position;
  /** The unit a new position starts in (the unit the list is filtered by). */
  defaultUnitId?: string;
  onClose: () => void;
};

type Values = {
  orgUnitId: string;
  code: string;
  name: string;
  nameLatin: string;
  category: PositionCategory | '';
  titleCode: string;
  executors: number | string;
  requiredEducation: EducationLevel | '';
  description: string;
  requiredCompetencies: RequiredCompetency[];
};

/** Add a job position to a draft or change one: unit, ordinal number, name, category, title, executors. */
export function PositionDialog({
  systematisationId,
  countryCode,
  units,
  labels,
  position,
  defaultUnitId,
  onClose,
}: Props) {
  const { t } = useTranslation('positions');
  const { t: tc } = useTranslation();
  const refresh = useRefreshPositions();
  const unitOptions = useUnitOptions(units);
  // The open act is cached by its page: its organisation's framework offers the competencies.
  const organisationId = useSystematisation(systematisationId).data?.organisationId;
  const form = useForm<Values>({
    initialValues: {
      orgUnitId: position?.orgUnitId ?? defaultUnitId ?? '',
      code: position?.code ?? '',
      name: position?.name ?? '',
      nameLatin: position?.nameLatin ?? '',
      category: position?.category ?? '',
      titleCode: position?.titleCode ?? '',
      executors: position?.executors ?? 1,
      requiredEducation: position?.requiredEducation ?? '',
      description: position?.description ?? '',
      requiredCompetencies: position?.requiredCompetencies ?? [],
    },
    validate: {
      orgUnitId: (v) => (v ? null : t('validation.unitRequired')),
      name: (v) => (v.trim() ? null : t('validation.nameRequired')),
      category: (v) => (v ? null : t('validation.categoryRequired')),
      titleCode: (v) => (v ? null : t('validation.titleRequired')),
      executors: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 999
          ? null
          : t('validation.executorsRange'),
    },
  });
  const latin = useLatinNameSync(form, () => countryCode === 'RS');
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: Record<string, unknown> = {
        orgUnitId: v.orgUnitId,
        code: v.code.trim() || null,
        name: v.name.trim(),
        category: v.category,
        titleCode: v.titleCode,
        executors: Number(v.executors),
        requiredEducation: v.requiredEducation || null,
        description: v.description.trim() || null,
        requiredCompetencies: v.requiredCompetencies,
      };
      // Left alone, the Latin name follows the name on the server (transliterated by the country's rule).
      if (v.nameLatin.trim() && (!position || form.isDirty('nameLatin'))) body.nameLatin = v.nameLatin.trim();
      if (position) return api.patch<Position>(`/positions/${position.id}`, body);
      return api.post<Position>('/positions', { ...body, systematisationId });
    },
    onSuccess: async () => {
      await refresh();
      notifySuccess(position ? t('position.saved') : t('position.created'));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  const titles = labels.titlesOf(form.values.category);
  return (
    <Modal
      opened
      onClose={onClose}
      title={position ? t('position.editTitle') : t('position.createTitle')}
      centered
      size="xl"
    >
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('fields.unit')}
              required
              data={[{ value: '', label: tc('filters.choose') }, ...unitOptions]}
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('orgUnitId')}
            />
            <TextInput
              label={t('fields.code')}
              description={t('position.codeHint')}
              {...form.getInputProps('code')}
            />
          </SimpleGrid>
          <TextInput
            label={t('fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
            onChange={(e) => latin.onNameChange(e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.nameLatin')}
            description={countryCode === 'RS' ? t('position.nameLatinHintRs') : t('position.nameLatinHint')}
            {...form.getInputProps('nameLatin')}
            onChange={(e) => latin.onNameLatinChange(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('fields.category')}
              required
              data={[
                { value: '', label: tc('filters.choose') },
                ...positionCategories.map((c) => ({ value: c, label: labels.category(c) })),
              ]}
              {...form.getInputProps('category')}
              onChange={(e) => {
                const category = e.currentTarget.value as PositionCategory | '';
                form.setFieldValue('category', category);
                // A title belongs to one category: keep it only if it still fits.
                if (!labels.titlesOf(category).some((o) => o.value === form.getValues().titleCode))
                  form.setFieldValue('titleCode', '');
              }}
            />
            <NativeSelect
              label={t('fields.title')}
              description={form.values.category ? undefined : t('position.titleHint')}
              required
              disabled={!form.values.category}
              data={[{ value: '', label: tc('filters.choose') }, ...titles]}
              {...form.getInputProps('titleCode')}
            />
            <NumberInput
              label={t('fields.executors')}
              description={t('position.executorsHint')}
              required
              min={1}
              max={999}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('executors')}
            />
            <NativeSelect
              label={t('fields.requiredEducation')}
              data={[
                { value: '', label: tc('filters.none') },
                ...educationLevels.map((e) => ({ value: e, label: t(`education.${e}`) })),
              ]}
              {...form.getInputProps('requiredEducation')}
            />
          </SimpleGrid>
          <Textarea
            label={t('fields.description')}
            description={t('position.descriptionHint')}
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('description')}
          />
          <RequiredCompetenciesFields
            organisationId={organisationId}
            value={form.values.requiredCompetencies}
            onChange={(value) => form.setFieldValue('requiredCompetencies', value)}
          />
          <DialogActions
            submitLabel={position ? tc('actions.save') : t('position.create')}
            onCancel={onClose}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
