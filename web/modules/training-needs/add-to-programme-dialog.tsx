import { Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { aggregatedNeedSchema } from '../../../contracts/needs-analyses';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useNeedsChange } from './needs-queries';

export type AggregatedNeed = z.infer<typeof aggregatedNeedSchema>;
type Values = { programmeId: string | null; quarter: string; plannedParticipants: number };

/** Puts a need into the year's special programme: which catalogue programme, when, for how many. */
export function AddToProgrammeDialog({
  analysisId,
  need,
  onClose,
}: {
  analysisId: string;
  need: AggregatedNeed | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('training-needs');
  return (
    <Modal opened={need !== null} onClose={onClose} title={t('add.title')}>
      {need ? <AddForm key={need.key} analysisId={analysisId} need={need} onClose={onClose} /> : null}
    </Modal>
  );
}

function AddForm({
  analysisId,
  need,
  onClose,
}: {
  analysisId: string;
  need: AggregatedNeed;
  onClose: () => void;
}) {
  const { t } = useTranslation('training-needs');
  const locale = useLocale();
  const form = useForm<Values>({
    initialValues: {
      programmeId: need.suggestions[0]?.programmeId ?? null,
      quarter: '1',
      plannedParticipants: Math.max(need.total, 1),
    },
    validate: { programmeId: (v) => (v ? null : t('add.programmeRequired')) },
  });
  const add = useNeedsChange(
    (v: Values) =>
      api.post(`/needs-analyses/${analysisId}/add-to-programme`, {
        key: need.key,
        programmeId: v.programmeId,
        quarter: Number(v.quarter),
        plannedParticipants: v.plannedParticipants,
      }),
    () => {
      notifySuccess(t('add.done'));
      onClose();
    },
  );
  return (
    <form onSubmit={form.onSubmit((v) => add.mutate(v))}>
      <Stack gap="sm">
        <Text size="sm">{t('add.intro', { need: packLabel(need.label, locale) })}</Text>
        <Select
          label={t('add.programme')}
          data={need.suggestions.map((s) => ({
            value: s.programmeId,
            label: `${s.code} · ${packLabel(s.title, locale)}`,
          }))}
          allowDeselect={false}
          required
          {...form.getInputProps('programmeId')}
        />
        <Select
          label={t('add.quarter')}
          data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('add.quarterN', { quarter: q }) }))}
          allowDeselect={false}
          {...form.getInputProps('quarter')}
        />
        <NumberInput
          label={t('add.participants')}
          min={1}
          max={100000}
          {...form.getInputProps('plannedParticipants')}
        />
        <DialogActions
          submitLabel={t('add.submit')}
          loading={add.isPending}
          onCancel={onClose}
          testId="add-to-programme-submit"
        />
      </Stack>
    </form>
  );
}
