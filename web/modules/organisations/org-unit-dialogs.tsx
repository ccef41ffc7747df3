import { Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrgUnit } from '../../../contracts/organisations';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { notifySuccess, reportError } from '../../app/problems';
import { DialogActions } from '../../components/dialog-actions';
import { useLatinNameSync } from '../../components/latin-name';

function useRefreshUnits(organisationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['org-units', organisationId] });
}

type UnitFormProps = {
  organisation: Organisation;
  /** Editing this unit; absent when creating one. */
  unit?: OrgUnit;
  /** Where a new unit goes (null: top level). */
  parent?: OrgUnit | null;
  onClose: () => void;
};

/** Create a unit (under a parent or at the top) or rename one: name, Latin name, code. */
export function OrgUnitFormModal({ organisation, unit, parent = null, onClose }: UnitFormProps) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshUnits(organisation.id);
  const form = useForm({
    initialValues: { name: unit?.name ?? '', nameLatin: unit?.nameLatin ?? '', code: unit?.code ?? '' },
    validate: { name: (v) => (v.trim() ? null : t('validation.nameRequired')) },
  });
  const latin = useLatinNameSync(form, () => organisation.countryCode === 'RS');
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body: Record<string, unknown> = { name: v.name.trim(), code: v.code.trim() || null };
      if (v.nameLatin.trim()) body.nameLatin = v.nameLatin.trim();
      if (unit) return api.patch<OrgUnit>(`/org-units/${unit.id}`, body);
      return api.post<OrgUnit>('/org-units', {
        ...body,
        organisationId: organisation.id,
        parentId: parent?.id ?? null,
      });
    },
    onSuccess: async () => {
      await refresh();
      notifySuccess(unit ? t('units.saved') : t('units.created'));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });

  const title = unit ? t('units.editTitle') : parent ? t('units.createChildTitle') : t('units.createTitle');
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          {!unit ? (
            <Text size="sm">
              {parent ? t('units.parentIs', { name: format.name(parent) }) : t('units.topLevelHint')}
            </Text>
          ) : null}
          <TextInput
            label={t('units.fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
            onChange={(e) => latin.onNameChange(e.currentTarget.value)}
          />
          <TextInput
            label={t('units.fields.nameLatin')}
            description={
              organisation.countryCode === 'RS' ? t('form.nameLatinHintRs') : t('form.nameLatinHint')
            }
            {...form.getInputProps('nameLatin')}
            onChange={(e) => latin.onNameLatinChange(e.currentTarget.value)}
          />
          <TextInput
            label={t('units.fields.code')}
            description={t('units.codeHint')}
            {...form.getInputProps('code')}
          />
          <DialogActions
            submitLabel={unit ? tc('actions.save') : t('units.create')}
            onCancel={onClose}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** Units a unit may move under: not itself and none of its descendants. */
function possibleParents(units: OrgUnit[], moving: OrgUnit): OrgUnit[] {
  const excluded = new Set([moving.id]);
  for (const u of units) if (u.parentId && excluded.has(u.parentId)) excluded.add(u.id);
  return units.filter((u) => !excluded.has(u.id));
}

/** Move a unit (with everything under it) to another parent or to the top level. */
export function OrgUnitMoveModal({
  organisation,
  unit,
  units,
  onClose,
}: {
  organisation: Organisation;
  unit: OrgUnit;
  units: OrgUnit[];
  onClose: () => void;
}) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const refresh = useRefreshUnits(organisation.id);
  const form = useForm({ initialValues: { parentId: unit.parentId ?? '' } });
  const move = useMutation({
    mutationFn: (parentId: string) =>
      api.patch<OrgUnit>(`/org-units/${unit.id}`, { parentId: parentId || null }),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('units.moved'));
      onClose();
    },
    onError: (error) => reportError(error, form),
  });
  // Units come in tree order, so a parent always precedes its children and the filter is one pass.
  const options = possibleParents(units, unit).map((u) => ({
    value: u.id,
    label: `${'\u00a0\u00a0'.repeat(u.depth)}${format.name(u)}`,
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('units.moveTitle', { name: format.name(unit) })}
      centered
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => move.mutate(v.parentId))} noValidate>
        <Stack>
          <NativeSelect
            label={t('units.fields.parent')}
            description={t('units.moveHint')}
            data={[{ value: '', label: t('units.topLevel') }, ...options]}
            {...form.getInputProps('parentId')}
          />
          <DialogActions
            submitLabel={t('units.move')}
            onCancel={onClose}
            loading={move.isPending}
            disabled={!form.isDirty()}
          />
        </Stack>
      </form>
    </Modal>
  );
}

export function useDeleteUnit(organisationId: string, onDone: () => void) {
  const { t } = useTranslation('organisations');
  const refresh = useRefreshUnits(organisationId);
  return useMutation({
    mutationFn: (unit: OrgUnit) => api.delete(`/org-units/${unit.id}`),
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('units.deleted'));
      onDone();
    },
    onError: (error) => {
      reportError(error);
      onDone();
    },
  });
}
