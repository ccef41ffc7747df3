import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page as ApiPage } from '../../../contracts/common';
import { planItemStatuses } from '../../../contracts/development-plans';
import type { Programme } from '../../../contracts/learning-catalogue';
import { packLabel } from '../../../contracts/positions';
import { api } from '../../app/api-client';
import { useLocale } from '../../app/format';
import { notifySuccess } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import type { useNeedsVocabulary } from '../training-needs/needs-vocabulary';
import { type PlanItem, usePlanChange } from './plans-queries';

type Values = {
  kind: 'goal' | 'training';
  text: string;
  competencyId: string | null;
  programmeId: string | null;
  quarter: string | null;
  status: PlanItem['status'];
};

type Props = {
  planId: string;
  /** The item edited, or 'new'; null when the dialog is closed. */
  item: PlanItem | 'new' | null;
  onClose: () => void;
  vocabulary: ReturnType<typeof useNeedsVocabulary>;
};

/** A goal or a training of the plan: what, which competency, which catalogue programme, when. */
export function PlanItemDialog({ planId, item, onClose, vocabulary }: Props) {
  const { t } = useTranslation('development-plans');
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={item === 'new' ? t('items.add') : t('items.edit')}
      size="lg"
    >
      {item ? (
        <ItemForm
          key={item === 'new' ? 'new' : item.id}
          planId={planId}
          item={item}
          onClose={onClose}
          vocabulary={vocabulary}
        />
      ) : null}
    </Modal>
  );
}

function ItemForm({ planId, item, onClose, vocabulary }: Props & { item: PlanItem | 'new' }) {
  const { t } = useTranslation('development-plans');
  const locale = useLocale();
  const programmes = useQuery({
    queryKey: ['programmes', 'plan-pick', vocabulary.countryCode],
    queryFn: () =>
      api.get<ApiPage<Programme>>('/programmes', {
        country: vocabulary.countryCode ?? undefined,
        status: 'published',
        limit: 200,
      }),
    enabled: Boolean(vocabulary.countryCode),
  });
  const existing = item === 'new' ? null : item;
  const form = useForm<Values>({
    initialValues: {
      kind: existing?.kind ?? 'training',
      text: existing?.text ?? '',
      competencyId: existing?.competencyId ?? null,
      programmeId: existing?.programmeId ?? null,
      quarter: existing?.quarter ? String(existing.quarter) : null,
      status: existing?.status ?? 'planned',
    },
  });
  const save = usePlanChange(
    (v: Values) => {
      const body = { ...v, quarter: v.quarter ? Number(v.quarter) : null };
      return existing
        ? api.patch(`/development-plans/${planId}/items/${existing.id}`, body)
        : api.post(`/development-plans/${planId}/items`, body);
    },
    () => {
      notifySuccess(t('items.saved'));
      onClose();
    },
  );
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
      <Stack gap="sm">
        <Select
          label={t('items.kind')}
          data={(['training', 'goal'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <Textarea
          label={t('items.text')}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('text')}
        />
        <Select
          label={t('items.competency')}
          data={vocabulary.competencyOptions}
          searchable
          clearable
          {...form.getInputProps('competencyId')}
          data-testid="plan-item-competency"
        />
        {form.values.kind === 'training' ? (
          <Select
            label={t('items.programme')}
            data={(programmes.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} · ${packLabel(p.title, locale)}`,
            }))}
            searchable
            clearable
            {...form.getInputProps('programmeId')}
          />
        ) : null}
        <Select
          label={t('items.quarter')}
          data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t('items.quarterN', { quarter: q }) }))}
          clearable
          {...form.getInputProps('quarter')}
        />
        <Select
          label={t('items.status')}
          data={planItemStatuses.map((s) => ({ value: s, label: t(`itemStatus.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <DialogActions
          submitLabel={t('items.save')}
          loading={save.isPending}
          onCancel={onClose}
          testId="plan-item-save"
        />
      </Stack>
    </form>
  );
}
